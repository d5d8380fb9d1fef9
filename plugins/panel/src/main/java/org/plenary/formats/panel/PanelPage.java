package org.plenary.formats.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.PersonRef;
import org.plenary.spi.SessionDetails;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backs the panel's part of the session page: who sits on it, as participants read it. */
@Named("panelPage")
@RequestScoped
public class PanelPage {

    /** A person on the panel as the page shows them; the country is its name in the page's language. */
    public record Member(String name, String affiliation, String country, String role) {
    }

    /** The panel as shown: its kind (null while it has none), moderator (null when none) and panellists. */
    public record View(PanelKind kind, Member moderator, List<Member> panellists) {
    }

    @Inject
    Panels panels;

    @Inject
    ConferencePeople people;

    private final Map<Long, View> read = new HashMap<>();

    /** The session's panel (read once per request); people no longer of its conference are left out. */
    public View of(SessionDetails session) {
        return read.computeIfAbsent(session.id(), id -> panels.of(id).map(p -> view(p.lineUp(), session.conferenceSlug()))
                .orElse(new View(null, null, List.of())));
    }

    private View view(LineUp lineUp, String conferenceSlug) {
        Map<Long, PersonRef> ofTheConference = people.people(conferenceSlug).stream()
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Member moderator = Optional.ofNullable(lineUp.moderatorId()).map(ofTheConference::get)
                .map(p -> member(p, null, locale)).orElse(null);
        List<Member> panellists = lineUp.seats().stream().filter(s -> ofTheConference.containsKey(s.getPersonId()))
                .map(s -> member(ofTheConference.get(s.getPersonId()), s.getRole(), locale)).toList();
        return new View(lineUp.kind(), moderator, panellists);
    }

    private static Member member(PersonRef person, String role, Locale locale) {
        String country = person.country().isEmpty() ? "" : new Locale("", person.country()).getDisplayCountry(locale);
        return new Member(person.name(), person.affiliation(), country, role);
    }
}
