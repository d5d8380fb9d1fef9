package org.plenary.platform.programme;

import org.plenary.platform.people.Person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clashes among sessions (cancelled ones clash with nothing): {@link #among} those that matter to organisers,
 * {@link #forAttendee} those of a person's agenda.
 */
public final class Conflicts {

    private final Map<Session, List<Conflict>> bySession = new IdentityHashMap<>();

    private Conflicts() {
    }

    /** Finds every clash; sessions are swept in time order, so only overlapping neighbours are compared. */
    public static Conflicts among(List<Session> sessions) {
        Conflicts found = new Conflicts();
        List<Session> sorted = active(sessions);
        for (int i = 0; i < sorted.size(); i++) {
            Session a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).getStart().isBefore(a.getEnd()); j++) {
                Session b = sorted.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                if (a.getTrack() != null && same(a.getTrack(), b.getTrack())) {
                    found.add(a, new Conflict(Conflict.Kind.TRACK_OVERLAP, b, null));
                    found.add(b, new Conflict(Conflict.Kind.TRACK_OVERLAP, a, null));
                }
                for (Person p : a.getSpeakers()) {
                    if (b.getSpeakers().stream().anyMatch(q -> same(p, q))) {
                        found.add(a, new Conflict(Conflict.Kind.SPEAKER_TWICE, b, p.getName()));
                        found.add(b, new Conflict(Conflict.Kind.SPEAKER_TWICE, a, p.getName()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The clashes of one person's agenda: any two of its sessions that overlap ({@link Conflict.Kind#AT_ONCE}),
     * whatever their tracks and speakers.
     */
    public static Conflicts forAttendee(List<Session> sessions) {
        Conflicts found = new Conflicts();
        List<Session> sorted = active(sessions);
        for (int i = 0; i < sorted.size(); i++) {
            Session a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).getStart().isBefore(a.getEnd()); j++) {
                Session b = sorted.get(j);
                if (a.overlaps(b)) {
                    found.add(a, new Conflict(Conflict.Kind.AT_ONCE, b, null));
                    found.add(b, new Conflict(Conflict.Kind.AT_ONCE, a, null));
                }
            }
        }
        return found;
    }

    private static List<Session> active(List<Session> sessions) {
        return sessions.stream()
                .filter(s -> s.getStatus() != org.plenary.spi.SessionStatus.CANCELLED)
                .sorted(Comparator.comparing(Session::getStart)).toList();
    }

    /** The same row, whether or not read into the same persistence context. */
    private static boolean same(org.plenary.platform.persistence.Identified a, org.plenary.platform.persistence.Identified b) {
        return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
    }

    private void add(Session s, Conflict c) {
        bySession.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
    }

    /** The clashes of one session; empty when it has none. */
    public List<Conflict> of(Session s) {
        return bySession.getOrDefault(s, List.of());
    }

    public boolean isEmpty() {
        return bySession.isEmpty();
    }
}
