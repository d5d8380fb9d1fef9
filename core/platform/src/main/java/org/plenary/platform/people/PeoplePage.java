package org.plenary.platform.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.console.PagedRows;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/people.xhtml?c=<slug>} (the conference's organisers): its people, searched by name and read a
 * page at a time, with the sessions each speaks in; its organisations; creating, changing and deleting both
 * through {@link PeopleChanges}. Which person or organisation a form edits, and the version it was read at, stay
 * in the view on the server; a change someone else made meanwhile is refused and the form keeps what was typed.
 */
@Named("peoplePage")
@ViewScoped
public class PeoplePage implements Serializable {

    @Inject
    ConsoleScope scope;

    @Inject
    People people;

    @Inject
    PeopleChanges changes;

    @Inject
    Texts texts;

    private String c;
    private String query;
    private PersonForm person;
    private OrganisationForm organisation;
    private List<OrganisationRow> organisations = List.of();
    private final PagedRows<PersonRow> rows = new PagedRows<>(this::count, this::page);

    /** The view action: the conference's organisers (and administrators) only. */
    public void open() {
        loadOrganisations();
    }

    private Conference conference() {
        return scope.require(c, Action.EDIT_PEOPLE);
    }

    private long count() {
        return people.count(conference(), query);
    }

    private List<PersonRow> page(int first, int size) {
        List<Person> found = people.search(conference(), query, first, size);
        Map<Long, List<String>> sessions = people.sessionTitles(found.stream().map(Person::getId).toList());
        return found.stream().map(p -> new PersonRow(p.getId(), p.getVersion(), p.getName(), p.getAffiliation(),
                p.getCountry(), p.getBio(), p.getOrganisation() == null ? null : p.getOrganisation().getId(),
                p.getOrganisation() == null ? null : p.getOrganisation().getName(),
                sessions.getOrDefault(p.getId(), List.of()))).toList();
    }

    private void loadOrganisations() {
        organisations = people.organisationsOf(conference()).stream()
                .map(o -> new OrganisationRow(o.getId(), o.getVersion(), o.getName(), o.getKind(), o.getWebsite()))
                .toList();
    }

    // ---- people -------------------------------------------------------------------------------------------------

    /** Opens an empty person form. */
    public void newPerson() {
        person = new PersonForm();
    }

    /** Opens the person form on a person of the list. */
    public void editPerson(PersonRow row) {
        conference();
        person = PersonForm.of(row);
    }

    /** Creates or changes the person of the form; on a refusal or a conflict the form stays open with its input. */
    public void savePerson() {
        if (person == null) {
            return;
        }
        try {
            Conference conference = conference();
            Person saved = person.isExisting()
                    ? changes.updatePerson(scope.getCaller(), conference, person.id(), person.version(), person.input())
                    : changes.createPerson(scope.getCaller(), conference, person.input());
            PageMessages.text(texts.text(person.isExisting() ? "people.saved" : "people.created", saved.getName()));
            person = null;
        } catch (Refused r) {
            PageMessages.show(r, "person");
        } catch (Stale s) {
            stale(s);
        }
    }

    /** Deletes a person of the list, unless they still speak in a session. */
    public void deletePerson(PersonRow row) {
        try {
            changes.deletePerson(scope.getCaller(), conference(), row.id(), row.version());
            PageMessages.text(texts.text("people.deleted", row.name()));
        } catch (Refused r) {
            PageMessages.show(r, "people");
        } catch (Stale s) {
            stale(s);
        }
    }

    // ---- organisations ------------------------------------------------------------------------------------------

    public void newOrganisation() {
        organisation = new OrganisationForm();
    }

    public void editOrganisation(OrganisationRow row) {
        conference();
        organisation = OrganisationForm.of(row);
    }

    public void saveOrganisation() {
        if (organisation == null) {
            return;
        }
        try {
            Conference conference = conference();
            Organisation saved = organisation.isExisting()
                    ? changes.updateOrganisation(scope.getCaller(), conference, organisation.id(), organisation.version(),
                    organisation.input())
                    : changes.createOrganisation(scope.getCaller(), conference, organisation.input());
            PageMessages.text(texts.text(organisation.isExisting() ? "people.saved" : "people.created", saved.getName()));
            organisation = null;
            loadOrganisations();
        } catch (Refused r) {
            PageMessages.show(r, "organisation");
        } catch (Stale s) {
            stale(s);
        }
    }

    public void deleteOrganisation(OrganisationRow row) {
        try {
            changes.deleteOrganisation(scope.getCaller(), conference(), row.id(), row.version());
            PageMessages.text(texts.text("people.deleted", row.name()));
            loadOrganisations();
        } catch (Refused r) {
            PageMessages.show(r, "organisations");
        } catch (Stale s) {
            stale(s);
        }
    }

    /** Closes the forms without saving. */
    public void cancel() {
        person = null;
        organisation = null;
    }

    private static void stale(Stale s) {
        PageMessages.show(new Refused("", s.getMessage()), "people");
    }

    // ---- the page -----------------------------------------------------------------------------------------------

    public PagedRows<PersonRow> getRows() {
        return rows;
    }

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public PersonForm getPerson() {
        return person;
    }

    public OrganisationForm getOrganisation() {
        return organisation;
    }

    public boolean isEditingPerson() {
        return person != null;
    }

    public boolean isEditingOrganisation() {
        return organisation != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }
}
