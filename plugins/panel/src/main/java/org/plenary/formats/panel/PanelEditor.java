package org.plenary.formats.panel;

import org.plenary.spi.ConferencePeople;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.PersonRef;
import org.plenary.spi.Violation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The panel's fields in the console's session editor: its kind, its moderator and its panellists in order, each
 * chosen among the conference's people, with an optional role line. The ids the form sends are checked against the
 * conference's people as they are when the session is saved.
 */
public class PanelEditor implements FormatEditor {

    /** One panellist as the organiser picks them; an empty row is ignored. */
    public static class Row implements Serializable {
        private Long personId;
        private String role;

        public Row() {
        }

        Row(Seat seat) {
            personId = seat.getPersonId();
            role = seat.getRole();
        }

        boolean isBlank() {
            return personId == null && (role == null || role.isBlank());
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** The form's fields, as the console's messages name them (inside the view's {@code panel} subview). */
    static final String FIELDS = "panel:";

    /** The organiser's language, for the problems' messages. */
    interface Language extends Supplier<Locale>, Serializable {
    }

    private final Panels panels;
    private final ConferencePeople people;
    private final Language language;
    private final String conferenceSlug;
    private PanelKind kind = PanelKind.PLENARY;
    private Long moderatorId;
    private final List<Row> rows = new ArrayList<>();
    /** The people offered in the menus, read once per editor; what is chosen is checked again on saving. */
    private transient List<PersonRef> offered;

    PanelEditor(Panels panels, ConferencePeople people, Language language, String conferenceSlug, Optional<LineUp> kept) {
        this.panels = panels;
        this.people = people;
        this.language = language;
        this.conferenceSlug = conferenceSlug;
        kept.ifPresent(lineUp -> {
            kind = lineUp.kind();
            moderatorId = lineUp.moderatorId();
            lineUp.seats().forEach(seat -> rows.add(new Row(seat)));
        });
    }

    public PanelKind getKind() {
        return kind;
    }

    public void setKind(PanelKind kind) {
        this.kind = kind;
    }

    public Long getModeratorId() {
        return moderatorId;
    }

    public void setModeratorId(Long moderatorId) {
        this.moderatorId = moderatorId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public PanelKind[] getKinds() {
        return PanelKind.values();
    }

    /** The conference's people, by name, for the moderator's and the panellists' menus. */
    public List<PersonRef> getPeople() {
        if (offered == null) {
            offered = conferenceSlug == null ? List.of() : people.people(conferenceSlug);
        }
        return offered;
    }

    /** How a person is offered in the menus: their name, and their affiliation when they have one. */
    public String label(PersonRef person) {
        return person.affiliation().isEmpty() ? person.name() : person.name() + " — " + person.affiliation();
    }

    /** Adds an empty row (the view's "add" button). */
    public void addRow() {
        if (!isFull()) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Moves a panellist one place up the order (the first stays first). */
    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            Collections.swap(rows, index, index - 1);
        }
    }

    public void moveDown(int index) {
        moveUp(index + 1);
    }

    public boolean isFull() {
        return rows.size() >= LineUp.MAX_PANELLISTS;
    }

    @Override
    public List<Violation> check() {
        Locale locale = language.get();
        List<Violation> violations = new ArrayList<>();
        int n = 0;
        for (Row row : rows) {
            n++;
            if (row.personId == null && !row.isBlank()) {
                violations.add(violation(PanelProblem.of("panellists", "roleWithoutPerson", n), locale));
            }
        }
        Map<Long, PersonRef> ofTheConference = conferenceSlug == null ? Map.of()
                : people.people(conferenceSlug).stream().collect(Collectors.toMap(PersonRef::id, Function.identity()));
        lineUp().problems(id -> Optional.ofNullable(ofTheConference.get(id)))
                .forEach(p -> violations.add(violation(p, locale)));
        return violations;
    }

    @Override
    public void save(long sessionId) {
        panels.replace(sessionId, lineUp());
    }

    private LineUp lineUp() {
        List<Seat> seats = rows.stream().filter(r -> r.personId != null).map(r -> new Seat(r.personId, r.role)).toList();
        return new LineUp(kind, moderatorId, seats);
    }

    private static Violation violation(PanelProblem problem, Locale locale) {
        return new Violation(FIELDS + problem.field(), problem.in(locale));
    }
}
