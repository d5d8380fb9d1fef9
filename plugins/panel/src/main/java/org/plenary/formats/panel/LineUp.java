package org.plenary.formats.panel;

import org.plenary.spi.PersonRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who sits on a panel: its kind, its moderator (or none yet) and its panellists in the order the programme names
 * them, with the rules they keep.
 *
 * @param kind        what sort of panel it is
 * @param moderatorId the core's id of the moderator, or null
 * @param seats       the panellists, in order
 */
public record LineUp(PanelKind kind, Long moderatorId, List<Seat> seats) {

    static final int MAX_PANELLISTS = 12;

    public LineUp {
        seats = List.copyOf(seats);
    }

    /**
     * Everything wrong with this line-up, each with its field; empty when it can be kept.
     *
     * @param ofTheConference the person with this id if they are one of the session's conference, else empty: the
     *                        caller looks among that conference's people only, so that nobody else is accepted
     */
    public List<PanelProblem> problems(Function<Long, Optional<PersonRef>> ofTheConference) {
        List<PanelProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(PanelProblem.of("kind", "kind"));
        }
        Optional<PersonRef> moderator = moderatorId == null ? Optional.empty() : ofTheConference.apply(moderatorId);
        if (moderatorId != null && moderator.isEmpty()) {
            problems.add(PanelProblem.of("moderator", "moderatorStranger"));
        }
        if (seats.size() > MAX_PANELLISTS) {
            problems.add(PanelProblem.of("panellists", "tooMany", MAX_PANELLISTS, seats.size()));
        }
        Set<Long> seated = new HashSet<>();
        int n = 0;
        for (Seat seat : seats) {
            n++;
            Optional<PersonRef> person = ofTheConference.apply(seat.getPersonId());
            if (person.isEmpty()) {
                problems.add(PanelProblem.of("panellists", "panellistStranger", n));
            } else if (!seated.add(seat.getPersonId())) {
                problems.add(PanelProblem.of("panellists", "twice", person.get().name()));
            } else if (moderatorId != null && moderatorId == seat.getPersonId()) {
                problems.add(PanelProblem.of("moderator", "moderatorSits", person.get().name()));
            }
            if (seat.getRole() != null && seat.getRole().length() > Seat.MAX_ROLE) {
                problems.add(PanelProblem.of("panellists", "roleTooLong", n, Seat.MAX_ROLE));
            }
        }
        return problems;
    }

    /** Everyone it names, moderator first. */
    public List<Long> people() {
        List<Long> ids = new ArrayList<>();
        if (moderatorId != null) {
            ids.add(moderatorId);
        }
        seats.forEach(s -> ids.add(s.getPersonId()));
        return ids;
    }
}
