package org.plenary.platform.networking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.persistence.Writes;
import org.plenary.platform.registration.ParticipantCategory;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.registration.RegistrationStatus;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Participants meeting participants: the directory of those who agreed to be listed, contact requests the other
 * side accepts or declines, and one-to-one meetings booked into a slot free in both agendas. Only a participant
 * registered to the conference takes part; ids of registrations, requests and meetings are checked against the
 * caller's own, and anything else answers {@link NotFound}.
 */
@ApplicationScoped
public class Networking {

    /** When meetings may be booked each conference day, at the venue. */
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(20, 0);
    /** Requests one participant may send a day: enough to network, too few to spam. */
    static final int REQUESTS_PER_DAY = 30;

    /** Search terms of the directory; null or blank ones are not applied. */
    public record Query(String text, String country, ParticipantCategory category, String interest) {
        public static final Query ALL = new Query(null, null, null, null);
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Conferences conferences;

    @Inject
    Instance<BusyTimes> busyTimes;

    @Inject
    NetworkingMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    private final Clock clock = Clock.systemUTC();

    /** Whether a registration shows in its conference's directory: confirmed, and its owner agreed. */
    public static boolean inDirectory(Registration r) {
        return r.isListed() && r.getStatus() == RegistrationStatus.CONFIRMED;
    }

    /** The published conference with this slug. */
    public Conference conference(String slug) {
        return conferences.bySlug(slug).filter(Conference::isPublished)
                .orElseThrow(() -> new NotFound("no published conference '" + slug + "'"));
    }

    /** The caller's own registration to the conference, if they hold one that is not cancelled. */
    public Optional<Registration> me(Caller who, Conference c) {
        if (!who.isSignedIn()) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.conference = :c and r.account.id = :a"
                        + " and r.status <> :cancelled", Registration.class)
                .setParameter("c", c).setParameter("a", who.accountId())
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultStream().findFirst();
    }

    /** A page of the directory, by name, without the caller. */
    public List<Registration> directory(Registration me, Query q, int first, int size) {
        return directoryQuery(me, q, Registration.class, "select r").setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long directorySize(Registration me, Query q) {
        return directoryQuery(me, q, Long.class, "select count(r)").getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> directoryQuery(Registration me, Query q, Class<T> type, String select) {
        StringBuilder jpql = new StringBuilder(select).append(" from Registration r join r.account a where r.conference = :c"
                + " and r.listed = true and r.status = :confirmed and r.id <> :me");
        if (present(q.text())) {
            jpql.append(" and (lower(a.displayName) like :text or lower(r.organisation) like :text)");
        }
        if (present(q.country())) {
            jpql.append(" and r.country = :country");
        }
        if (q.category() != null) {
            jpql.append(" and r.category = :category");
        }
        if (present(q.interest())) {
            jpql.append(" and :interest member of r.interests");
        }
        if (type == Registration.class) {
            jpql.append(" order by a.displayName, r.id");
        }
        var query = em.createQuery(jpql.toString(), type).setParameter("c", me.getConference())
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("me", me.getId());
        if (present(q.text())) {
            query.setParameter("text", "%" + q.text().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (present(q.country())) {
            query.setParameter("country", q.country().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.category() != null) {
            query.setParameter("category", q.category());
        }
        if (present(q.interest())) {
            query.setParameter("interest", q.interest().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return query;
    }

    /** Asks a participant listed in the directory to be in touch; they are told by e-mail. */
    @Transactional
    public ContactRequest ask(Caller who, String slug, long toRegistration, String message) {
        Conference c = conference(slug);
        Registration me = required(who, c);
        Registration to = listed(c, toRegistration);
        if (message != null && message.length() > ContactRequest.MESSAGE_MAX) {
            throw new Refused("message", texts.text("tooLong", ContactRequest.MESSAGE_MAX));
        }
        Optional<ContactRequest> earlier = between(me, to);
        if (earlier.isPresent()) {
            ContactRequest r = earlier.get();
            boolean theyAsked = r.getFrom().getId().equals(to.getId());
            throw new Refused("", texts.text(theyAsked && r.getStatus() == ContactStatus.PENDING ? "contact.theyAsked"
                    : "contact.alreadyAsked"));
        }
        Instant now = clock.instant();
        long lately = em.createQuery("select count(r) from ContactRequest r where r.from = :me and r.createdAtUtc > :since", Long.class)
                .setParameter("me", me).setParameter("since", java.time.LocalDateTime.ofInstant(now.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC))
                .getSingleResult();
        if (lately >= REQUESTS_PER_DAY) {
            throw new Refused("", texts.text("contact.tooMany", REQUESTS_PER_DAY));
        }
        ContactRequest request = new ContactRequest(me, to, message, now);
        em.persist(request);
        Writes.flush(em);
        mails.asked(request);
        audit.record(who, c.getId(), "contact.ask", to.getAccount().getDisplayName(), null);
        return request;
    }

    /** The asked participant accepts or declines a request made to them. */
    @Transactional
    public ContactRequest answer(Caller who, String slug, long requestId, boolean accept) {
        Conference c = conference(slug);
        Registration me = required(who, c);
        ContactRequest r = request(me, requestId);
        if (!r.getTo().getId().equals(me.getId())) {
            throw new NotFound("no request " + requestId + " to answer");
        }
        try {
            r.answer(me, accept, clock.instant());
        } catch (IllegalStateException e) {
            throw new Refused("", texts.text("contact.answered"));
        }
        Writes.flush(em);
        if (accept) {
            mails.accepted(r);
        }
        audit.record(who, c.getId(), accept ? "contact.accept" : "contact.decline", r.getFrom().getAccount().getDisplayName(), null);
        return r;
    }

    /** The asker takes back a request that waits. */
    @Transactional
    public void withdraw(Caller who, String slug, long requestId) {
        Conference c = conference(slug);
        Registration me = required(who, c);
        ContactRequest r = request(me, requestId);
        if (!r.getFrom().getId().equals(me.getId())) {
            throw new NotFound("no request " + requestId + " to withdraw");
        }
        try {
            r.withdraw(me);
        } catch (IllegalStateException e) {
            throw new Refused("", texts.text("contact.answered"));
        }
        Writes.flush(em);
    }

    /** Every request the participant made or received, newest first. */
    public List<ContactRequest> requestsOf(Registration me) {
        return em.createQuery("select r from ContactRequest r where r.from = :me or r.to = :me order by r.createdAtUtc desc, r.id desc",
                ContactRequest.class).setParameter("me", me).getResultList();
    }

    /**
     * The meetings still booked of an account in a conference, soonest first, with both sides' accounts loaded: none
     * when it is not registered there.
     */
    public List<Meeting> meetingsOf(long accountId, Conference conference) {
        return em.createQuery("select m from Meeting m join fetch m.bookedBy b join fetch b.account join fetch m.guest g"
                        + " join fetch g.account where m.conference = :c and m.status = :booked"
                        + " and (b.account.id = :a or g.account.id = :a) order by m.startsAtUtc", Meeting.class)
                .setParameter("c", conference).setParameter("a", accountId)
                .setParameter("booked", Meeting.Status.BOOKED).getResultList();
    }

    /** The participant's meetings still booked, soonest first. */
    public List<Meeting> meetingsOf(Registration me) {
        return em.createQuery("select m from Meeting m where (m.bookedBy = :me or m.guest = :me) and m.status = :booked"
                + " order by m.startsAtUtc", Meeting.class).setParameter("me", me)
                .setParameter("booked", Meeting.Status.BOOKED).getResultList();
    }

    /** A participant the caller is in touch with (an accepted request either way). */
    public Registration contact(Registration me, long otherRegistration) {
        Registration other = em.find(Registration.class, otherRegistration);
        if (other == null || !other.getConference().getId().equals(me.getConference().getId())
                || between(me, other).filter(r -> r.getStatus() == ContactStatus.ACCEPTED).isEmpty()) {
            throw new NotFound("not in touch with " + otherRegistration);
        }
        return other;
    }

    /** The slots of a conference day free for both participants, each as long as a meeting. */
    public List<Instant> freeSlots(Registration me, Registration other, LocalDate day) {
        Conference c = me.getConference();
        if (c.day(day).isEmpty()) {
            return List.of();
        }
        return FreeSlots.between(c.instantAt(day.atTime(OPENS)), c.instantAt(day.atTime(CLOSES)), Meeting.LENGTH,
                busy(me, other), clock.instant());
    }

    /** Books a meeting with a contact into a slot free for both; they are told by e-mail. */
    @Transactional
    public Meeting book(Caller who, String slug, long otherRegistration, Instant start, String note) {
        Conference c = conference(slug);
        Registration me = required(who, c);
        Registration other = contact(me, otherRegistration);
        // One booking at a time for either of the two, so that two bookings never take one slot: a row lock on each
        // registration (an UPDATE that changes nothing, explicit and the same on H2 and PostgreSQL), taken in id
        // order, held until the booking commits.
        List<Long> both = new ArrayList<>(List.of(me.getId(), other.getId()));
        both.sort(Comparator.naturalOrder());
        both.forEach(id -> em.createNativeQuery("UPDATE registration SET version = version WHERE id = ?")
                .setParameter(1, id).executeUpdate());
        LocalDate day = c.localTime(start).toLocalDate();
        if (!freeSlots(me, other, day).contains(start)) {
            throw new Refused("start", texts.text("meeting.slotTaken"));
        }
        if (note != null && note.length() > Meeting.NOTE_MAX) {
            throw new Refused("note", texts.text("tooLong", Meeting.NOTE_MAX));
        }
        Meeting meeting = new Meeting(me, other, start, note);
        em.persist(meeting);
        Writes.flush(em);
        mails.booked(meeting);
        audit.record(who, c.getId(), "meeting.book", other.getAccount().getDisplayName(), start.toString());
        return meeting;
    }

    /** Either of the two calls a meeting off; the other is told by e-mail. */
    @Transactional
    public void cancel(Caller who, String slug, long meetingId) {
        Conference c = conference(slug);
        Registration me = required(who, c);
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.isOneOfTheTwo(me) || m.getStatus() != Meeting.Status.BOOKED) {
            throw new NotFound("no meeting " + meetingId);
        }
        m.cancel(me, clock.instant());
        Writes.flush(em);
        mails.cancelled(m, me);
        audit.record(who, c.getId(), "meeting.cancel", m.other(me).getAccount().getDisplayName(), m.getStart().toString());
    }

    private List<Interval> busy(Registration me, Registration other) {
        List<Interval> busy = new ArrayList<>();
        for (Registration r : List.of(me, other)) {
            meetingsOf(r).forEach(m -> busy.add(m.interval()));
            busyTimes.forEach(b -> busy.addAll(b.of(r.getAccount(), r.getConference())));
        }
        return busy;
    }

    private Registration required(Caller who, Conference c) {
        return me(who, c).orElseThrow(() -> new NotAllowed("register to the conference first"));
    }

    private Registration listed(Conference c, long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null || !r.getConference().getId().equals(c.getId()) || !inDirectory(r)) {
            throw new NotFound("no participant " + id + " in the directory");
        }
        return r;
    }

    private ContactRequest request(Registration me, long id) {
        ContactRequest r = em.find(ContactRequest.class, id);
        if (r == null || !r.concerns(me)) {
            throw new NotFound("no request " + id);
        }
        return r;
    }

    private Optional<ContactRequest> between(Registration a, Registration b) {
        return em.createQuery("select r from ContactRequest r where (r.from = :a and r.to = :b) or (r.from = :b and r.to = :a)"
                        + " order by r.createdAtUtc desc", ContactRequest.class)
                .setParameter("a", a).setParameter("b", b).getResultStream().findFirst();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
