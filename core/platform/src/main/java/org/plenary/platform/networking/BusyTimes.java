package org.plenary.platform.networking;

import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;

import java.util.List;

/**
 * Something besides meetings that keeps a participant busy during a conference (the sessions of their agenda), so
 * that no meeting is booked over it. Every CDI bean implementing it is asked.
 */
public interface BusyTimes {

    /** When this participant is busy at this conference. */
    List<Interval> of(Account participant, Conference conference);
}
