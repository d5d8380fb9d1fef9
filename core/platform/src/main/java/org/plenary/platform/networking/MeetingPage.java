package org.plenary.platform.networking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.plenary.platform.conference.ConferenceDay;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.validation.Refused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /meet.xhtml?c=…&with=…&day=…}: the slots of a conference day free for the caller and a contact, shown in
 * the caller's zone, and booking one.
 */
@Named("meetingPage")
@RequestScoped
public class MeetingPage extends NetworkingPage {

    private Registration other;

    /** The contact to meet; only someone the caller is in touch with (else 404). */
    public Registration getOther() {
        if (other == null && getMe() != null) {
            other = networking.contact(getMe(), idParam("with"));
        }
        return other;
    }

    public List<LocalDate> getDays() {
        return getConference().getDays().stream().map(ConferenceDay::getDate).toList();
    }

    public LocalDate getDay() {
        try {
            LocalDate d = param("day") == null ? null : LocalDate.parse(param("day"));
            if (d != null && getDays().contains(d)) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // the first day with a free slot, below
        }
        return getDays().isEmpty() ? null : getDays().get(0);
    }

    public List<Instant> getSlots() {
        return getOther() == null || getDay() == null ? List.of() : networking.freeSlots(getMe(), getOther(), getDay());
    }

    public void book() {
        try {
            Instant start = Instant.ofEpochSecond(idParam("start"));
            networking.book(caller.get(), getConference().getSlug(), idParam("with"), start, param("note"));
            redirect("contacts.xhtml?c=" + getConference().getSlug() + "&done=booked");
        } catch (Refused e) {
            refused(e);
        }
    }
}
