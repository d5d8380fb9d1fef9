package org.plenary.platform.networking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.validation.Refused;

import java.util.List;

/** {@code /contacts.xhtml?c=…}: requests received and sent, the participants one is in touch with, one's meetings. */
@Named("contactsPage")
@RequestScoped
public class ContactsPage extends NetworkingPage {

    private List<ContactRequest> requests;

    private List<ContactRequest> requests() {
        if (requests == null) {
            requests = getMe() == null ? List.of() : networking.requestsOf(getMe());
        }
        return requests;
    }

    /** Requests made to the caller that wait for an answer. */
    public List<ContactRequest> getReceived() {
        return requests().stream().filter(r -> r.getStatus() == ContactStatus.PENDING && r.getTo().getId().equals(getMe().getId())).toList();
    }

    /** Requests the caller made that are not accepted (waiting, declined, withdrawn). */
    public List<ContactRequest> getSent() {
        return requests().stream().filter(r -> r.getStatus() != ContactStatus.ACCEPTED && r.getFrom().getId().equals(getMe().getId())).toList();
    }

    /** The participants the caller is in touch with. */
    public List<Registration> getContacts() {
        return requests().stream().filter(r -> r.getStatus() == ContactStatus.ACCEPTED).map(r -> r.other(getMe())).toList();
    }

    public List<Meeting> getMeetings() {
        return getMe() == null ? List.of() : networking.meetingsOf(getMe());
    }

    public void accept() {
        answer(true);
    }

    public void decline() {
        answer(false);
    }

    private void answer(boolean yes) {
        try {
            networking.answer(caller.get(), getConference().getSlug(), idParam("request"), yes);
            requests = null;
            done(yes ? "accepted" : "declined");
        } catch (Refused e) {
            refused(e);
        }
    }

    public void withdraw() {
        try {
            networking.withdraw(caller.get(), getConference().getSlug(), idParam("request"));
            requests = null;
            done("withdrawn");
        } catch (Refused e) {
            refused(e);
        }
    }

    public void cancelMeeting() {
        networking.cancel(caller.get(), getConference().getSlug(), idParam("meeting"));
        done("cancelled");
    }
}
