package org.plenary.platform.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.networking.BusyTimes;
import org.plenary.platform.networking.Interval;
import org.plenary.spi.SessionStatus;

import java.util.List;

/** A participant is busy while the sessions of their agenda run (cancelled ones keep nobody busy): no meeting then. */
@ApplicationScoped
public class StarredSessionsBusy implements BusyTimes {

    @Inject
    Agenda agenda;

    @Override
    public List<Interval> of(Account participant, Conference conference) {
        return agenda.sessions(participant.getId(), conference).stream()
                .filter(s -> s.getStatus() != SessionStatus.CANCELLED)
                .map(s -> new Interval(s.getStart(), s.getEnd())).toList();
    }
}
