package org.plenary.platform.registration;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.console.PagedRows;
import org.plenary.platform.validation.Refused;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /console/registrations.xhtml?c=<slug>} (the conference's organisers): its registrations, searched by name,
 * e-mail or organisation, country, category and status, a page at a time; how many stand in each status and, among
 * those holding a place, in each category; a new confirmation link for a pending one; cancelling one. The caller's
 * right is checked again on every page read and every action.
 */
@Named("registrationsPage")
@ViewScoped
public class RegistrationsPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ConsoleScope scope;

    @Inject
    Registrations registrations;

    @Inject
    RegistrationChanges changes;

    @Inject
    RegistrationChoices choices;

    private String c;
    private String query;
    private String country;
    private ParticipantCategory category;
    private RegistrationStatus status;
    private final PagedRows<RegistrationRow> rows = new PagedRows<>(this::count, this::page);

    /** The view action: the conference's organisers (and administrators) only. */
    public void open() {
        conference();
    }

    private Conference conference() {
        return scope.require(c, Action.MANAGE_REGISTRATIONS);
    }

    private Registrations.Search search() {
        return new Registrations.Search(query, country, category, status);
    }

    private long count() {
        return registrations.count(conference(), search());
    }

    private List<RegistrationRow> page(int first, int size) {
        Conference conference = conference();
        Locale in = locale();
        return registrations.search(conference, search(), first, size).stream()
                .map(r -> new RegistrationRow(r.getId(), r.getAccount().getDisplayName(), r.getAccount().getEmail(),
                        r.getOrganisation(), r.getCountry(), r.countryName(in), r.getCategory(), r.getLanguages(),
                        r.getInterests(), r.isListed(), r.getStatus(),
                        conference.localTime(r.getCreatedAt()).format(WHEN)))
                .toList();
    }

    public Map<RegistrationStatus, Long> getStatusCounts() {
        return registrations.countsByStatus(conference());
    }

    public Map<ParticipantCategory, Long> getCategoryCounts() {
        return registrations.countsByCategory(conference());
    }

    /** "12 / 3000" places held, or just the number when there is no cap. */
    public String getPlaces() {
        Conference conference = conference();
        long held = registrations.holdingPlaces(conference);
        return conference.getRegistrationCap() == null ? Long.toString(held) : held + " / " + conference.getRegistrationCap();
    }

    public void resend(RegistrationRow row) {
        try {
            boolean sent = changes.resendFor(scope.getCaller(), c, row.id());
            PageMessages.info(sent ? "registrations.resent" : "registrations.notResent", row.email());
        } catch (Refused r) {
            PageMessages.show(r, "registrations");
        }
    }

    public void cancel(RegistrationRow row) {
        changes.cancel(scope.getCaller(), c, row.id());
        PageMessages.info("registrations.cancelled", row.name());
    }

    public List<RegistrationChoices.Choice> getCountries() {
        return choices.countries(locale());
    }

    public ParticipantCategory[] getCategories() {
        return ParticipantCategory.values();
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public PagedRows<RegistrationRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public ParticipantCategory getCategory() {
        return category;
    }

    public void setCategory(ParticipantCategory category) {
        this.category = category;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }
}
