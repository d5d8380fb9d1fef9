package org.plenary.platform.console;

import org.plenary.platform.people.Person;
import java.util.Comparator;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceDay;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.people.People;
import org.plenary.platform.programme.Conflicts;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.SessionForm;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.SessionStatus;
import org.plenary.spi.ViewSlot;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/session.xhtml}: a session's editor, with its format's own editor view embedded. Opened with
 * {@code ?c=slug&id=…} to edit, or {@code ?c=slug&format=…[&day=…&track=…&start=HH:MM]} to create. The conference,
 * the session and every id entered are checked again by {@link ProgrammeChanges} on each save.
 */
@Named("sessionEditor")
@ViewScoped
public class SessionEditor implements Serializable {

    static final String FORM = "session";
    static final String NO_EDITOR = "/WEB-INF/formats/no-editor.xhtml";

    @Inject
    ConsoleScope scope;

    @Inject
    CurrentCaller caller;

    @Inject
    ProgrammeChanges programme;

    @Inject
    FormatRegistry registry;

    @Inject
    People people;

    private String slug;
    /** Read once per request at most, and again after each change. */
    private transient Conference current;
    private long sessionId;
    private SessionForm form = new SessionForm();
    private FormatEditor formatEditor = FormatEditor.NONE;
    private String editorView = NO_EDITOR;
    private List<String> warnings = List.of();

    @PostConstruct
    void open() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Conference c = scope.require(params.get(ConsoleScope.PARAM), Action.EDIT_PROGRAMME);
        slug = c.getSlug();
        String id = params.get("id");
        if (id != null) {
            Session s = programme.find(caller.get(), slug, number(id));
            sessionId = s.getId();
            form = SessionForm.of(s);
            warnings = warningsFor(s);
        } else {
            String formatId = params.get("format");
            if (formatId == null || registry.started(formatId).isEmpty() || !c.usesFormat(formatId)) {
                throw new NotFound("no format '" + formatId + "' in " + slug);
            }
            SessionFormat format = registry.started(formatId).orElseThrow();
            form.setFormatId(formatId);
            form.setDay(date(params.get("day"), c));
            form.setTrackId(c.getTracks().stream().filter(t -> t.getId().toString().equals(params.get("track")))
                    .findFirst().map(t -> t.getId()).orElse(null));
            LocalTime start = time(params.get("start"));
            form.setStart(start);
            form.setEnd(start.plus(format.defaultDuration()));
            form.setTranslations(SessionForm.emptyTranslations(c.translationLanguages()));
        }
        SessionFormat format = registry.started(form.getFormatId()).orElse(null);
        if (format != null) {
            formatEditor = format.editor(sessionId);
            editorView = format.views().view(ViewSlot.EDITOR).orElse(NO_EDITOR);
        }
    }

    public String save() {
        current = null;
        try {
            Session saved = programme.save(caller.get(), slug, sessionId, form, formatEditor);
            boolean created = sessionId == 0;
            PageMessages.info(created ? "session.created" : "session.saved", saved.getTitle());
            if (created) {
                PageMessages.keepForRedirect();
                redirect("/console/session.xhtml?c=" + slug + "&id=" + saved.getId());
                return null;
            }
            form = SessionForm.of(saved);
            warnings = warningsFor(saved);
        } catch (Refused e) {
            PageMessages.show(e, FORM);
        } catch (Stale e) {
            PageMessages.error("session.stale");
        }
        return null;
    }

    public String delete() {
        current = null;
        try {
            programme.delete(caller.get(), slug, sessionId, form.getVersion());
            PageMessages.info("session.deleted", form.getTitle());
            PageMessages.keepForRedirect();
            redirect("/console/programme.xhtml?c=" + slug + (form.getDay() == null ? "" : "&day=" + form.getDay()));
        } catch (Stale e) {
            PageMessages.error("session.stale");
        }
        return null;
    }

    private List<String> warningsFor(Session s) {
        List<Session> all = programme.all(caller.get(), slug);
        Session same = all.stream().filter(x -> x.getId().equals(s.getId())).findFirst().orElse(s);
        return ProgrammeBoard.describe(Conflicts.among(all).of(same));
    }

    public Conference getConference() {
        if (current == null) {
            current = scope.require(slug, Action.EDIT_PROGRAMME);
        }
        return current;
    }

    public List<LocalDate> getDays() {
        return getConference().getDays().stream().map(ConferenceDay::getDate).toList();
    }

    public List<SelectItem> getTracks() {
        return getConference().getTracks().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
    }

    /**
     * The conference's people, for the speakers list: the session's speakers first, in programme order, then everyone
     * else by name. A list box sends its choices in the order of its options, so saving keeps the speakers' order and
     * a speaker added comes after them.
     */
    public List<SelectItem> getPeople() {
        List<Long> speaking = form.getSpeakerIds();
        return people.of(getConference()).stream()
                .sorted(Comparator.comparingInt((Person p) -> speaking.contains(p.getId()) ? speaking.indexOf(p.getId()) : speaking.size()))
                .map(p -> new SelectItem(p.getId(), p.getName() + (p.getAffiliation() == null ? "" : " — " + p.getAffiliation())))
                .toList();
    }

    public List<SessionStatus> getStatuses() {
        return Arrays.asList(SessionStatus.values());
    }

    public String getFormatName() {
        return registry.find(form.getFormatId()).map(f -> f.displayName(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(form.getFormatId());
    }

    /** A language's name in the page's language, for the translation fields: "French", "Arabic". */
    public String languageName(String tag) {
        java.util.Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String name = java.util.Locale.forLanguageTag(tag).getDisplayLanguage(page);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(page) + name.substring(1);
    }

    public boolean isCreating() {
        return sessionId == 0;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getSlug() {
        return slug;
    }

    public SessionForm getForm() {
        return form;
    }

    public FormatEditor getFormatEditor() {
        return formatEditor;
    }

    public String getEditorView() {
        return editorView;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("no session '" + id + "'");
        }
    }

    private static LocalDate date(String text, Conference c) {
        try {
            LocalDate d = text == null ? null : LocalDate.parse(text);
            if (d != null && c.day(d).isPresent()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // the first day, below
        }
        return c.getDays().isEmpty() ? null : c.getDays().get(0).getDate();
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? LocalTime.of(9, 0) : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalTime.of(9, 0);
        }
    }

    private static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
