package org.plenary.formats.panel;

import org.junit.jupiter.api.Test;
import org.plenary.spi.PersonRef;
import org.plenary.testkit.contract.ContractPeople;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plenary.testkit.contract.ContractPeople.AMINA;
import static org.plenary.testkit.contract.ContractPeople.BRUNO;
import static org.plenary.testkit.contract.ContractPeople.CHEN;
import static org.plenary.testkit.contract.ContractPeople.EVE;

class LineUpTest {

    /** The people of the contract conference, as the editor and the import look them up. */
    private static final Function<Long, Optional<PersonRef>> OF_THE_CONFERENCE = id -> ContractPeople.SAMPLE
            .people(ContractPeople.CONFERENCE).stream().filter(p -> p.id() == id).findFirst();

    @Test
    void aModeratorAndPanellistsOfTheConferenceAreAccepted() {
        LineUp lineUp = new LineUp(PanelKind.HIGH_LEVEL, AMINA.id(), List.of(new Seat(BRUNO.id(), "  Respondent "), new Seat(CHEN.id(), " ")));
        assertEquals(List.of(), lineUp.problems(OF_THE_CONFERENCE));
        assertEquals("Respondent", lineUp.seats().get(0).getRole(), "stripped");
        assertEquals(null, lineUp.seats().get(1).getRole(), "a blank role is none");
        assertEquals(List.of(AMINA.id(), BRUNO.id(), CHEN.id()), lineUp.people());
        assertEquals(List.of(), new LineUp(PanelKind.BREAKOUT, null, List.of()).problems(OF_THE_CONFERENCE),
                "a panel being prepared has nobody yet");
    }

    @Test
    void peopleOfAnotherConferenceOrOfNoneAreRefusedWithoutNamingThem() {
        LineUp lineUp = new LineUp(PanelKind.PLENARY, EVE.id(), List.of(new Seat(BRUNO.id(), null), new Seat(EVE.id(), null),
                new Seat(424242, null)));
        assertEquals(List.of("The moderator chosen is not one of this conference’s people.",
                        "Panellist 2 is not one of this conference’s people.",
                        "Panellist 3 is not one of this conference’s people."),
                messages(lineUp));
        assertEquals(List.of("moderator", "panellists", "panellists"), lineUp.problems(OF_THE_CONFERENCE).stream().map(PanelProblem::field).toList());
    }

    @Test
    void theModeratorDoesNotAlsoSitOnThePanelAndNobodySitsTwice() {
        LineUp lineUp = new LineUp(PanelKind.PLENARY, AMINA.id(), List.of(new Seat(BRUNO.id(), null), new Seat(AMINA.id(), null),
                new Seat(BRUNO.id(), "again")));
        assertEquals(List.of("Amina Diallo moderates this panel and cannot also sit on it as a panellist.",
                "Bruno Costa is on the panel twice."), messages(lineUp));
        assertEquals("moderator", lineUp.problems(OF_THE_CONFERENCE).get(0).field());
    }

    @Test
    void aKindIsNeededRolesAreShortAndPanelsNotTooLarge() {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i <= LineUp.MAX_PANELLISTS; i++) {
            seats.add(new Seat(BRUNO.id() + 1000 + i, null));
        }
        Function<Long, Optional<PersonRef>> anyone = id -> Optional.of(new PersonRef(id, ContractPeople.CONFERENCE, "P" + id, "", "", null));
        assertEquals(List.of("Choose the kind of panel.", "A panel has at most 12 panellists, not 13."),
                new LineUp(null, null, seats).problems(anyone).stream().map(p -> p.in(Locale.ROOT)).toList());
        LineUp wordy = new LineUp(PanelKind.BREAKOUT, null, List.of(new Seat(CHEN.id(), "x".repeat(Seat.MAX_ROLE + 1))));
        assertEquals(List.of("The role of panellist 1 is longer than 150 characters."), messages(wordy));
    }

    private static List<String> messages(LineUp lineUp) {
        return lineUp.problems(OF_THE_CONFERENCE).stream().map(p -> p.in(Locale.ROOT)).toList();
    }
}
