package org.plenary.platform.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceChanges;
import org.plenary.platform.conference.ConferenceDay;
import org.plenary.platform.conference.ConferenceForm;
import org.plenary.platform.conference.Track;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /console/conference.xhtml}: creates a conference (no {@code c}) or edits one ({@code ?c=slug}): identity,
 * dates, zone, languages; its days and tracks; publication. The conference is read again, and the caller's role in
 * it checked again, on every action.
 */
@Named("conferenceEditor")
@ViewScoped
public class ConferenceEditor implements Serializable {

    static final String FORM = "conference";

    @Inject
    ConsoleScope scope;

    @Inject
    CurrentCaller caller;

    @Inject
    ConferenceChanges changes;

    private String slug;
    /** Read once per request at most, and again after each change. */
    private transient Conference current;
    private ConferenceForm form = new ConferenceForm();
    private final java.util.Map<Long, String> themes = new java.util.HashMap<>();
    private final java.util.Map<Long, String> trackNames = new java.util.HashMap<>();
    private LocalDate newDay;
    private String newTheme;
    private String newTrackKey;
    private String newTrackName;

    @PostConstruct
    void open() {
        String c = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(ConsoleScope.PARAM);
        if (c == null || c.isBlank()) {
            caller.get().require(Action.CREATE_CONFERENCE);
        } else {
            Conference conference = scope.require(c, Action.EDIT_CONFERENCE);
            slug = conference.getSlug();
            form = ConferenceForm.of(conference);
        }
    }

    /** The conference as it is now in the database (days, tracks, publication), checked again. */
    public Conference getConference() {
        if (current == null && slug != null) {
            current = scope.require(slug, Action.EDIT_CONFERENCE);
        }
        return current;
    }

    public boolean isCreating() {
        return slug == null;
    }

    public String save() {
        current = null;
        try {
            if (slug == null) {
                Conference created = changes.create(caller.get(), form);
                PageMessages.info("conference.created", created.getTitle());
                PageMessages.keepForRedirect();
                return redirect(created.getSlug());
            }
            Conference saved = changes.update(caller.get(), slug, form);
            form = ConferenceForm.of(saved);
            PageMessages.info("conference.saved");
        } catch (Refused e) {
            PageMessages.show(e, FORM);
        } catch (Stale e) {
            PageMessages.error("conference.stale");
        }
        return null;
    }

    public void publish(boolean published) {
        current = null;
        try {
            Conference c = changes.publish(caller.get(), slug, published);
            form.setVersion(c.getVersion());
            PageMessages.info(published ? "conference.published.now" : "conference.unpublished.now");
        } catch (Refused e) {
            PageMessages.show(e, FORM);
        } catch (Stale e) {
            PageMessages.error("conference.stale");
        }
    }

    public void addDay() {
        current = null;
        try {
            ConferenceDay day = changes.addDay(caller.get(), slug, newDay, newTheme);
            PageMessages.info("days.added", day.getDate().toString());
            newDay = null;
            newTheme = null;
        } catch (Refused e) {
            PageMessages.show(e, "days");
        }
    }

    public void removeDay(long dayId) {
        current = null;
        try {
            changes.removeDay(caller.get(), slug, dayId);
            PageMessages.info("days.removedOne");
        } catch (Refused e) {
            PageMessages.show(e, "days");
        }
    }

    public void addTrack() {
        current = null;
        try {
            Track track = changes.addTrack(caller.get(), slug, newTrackKey, newTrackName);
            PageMessages.info("tracks.added", track.getName());
            newTrackKey = null;
            newTrackName = null;
        } catch (Refused e) {
            PageMessages.show(e, "tracks");
        }
    }

    public void removeTrack(long trackId) {
        current = null;
        try {
            changes.removeTrack(caller.get(), slug, trackId);
            PageMessages.info("tracks.removedOne");
        } catch (Refused e) {
            PageMessages.show(e, "tracks");
        }
    }

    /** Saves the themes of the days that were changed. */
    public void saveThemes() {
        current = null;
        try {
            for (ConferenceDay day : getConference().getDays()) {
                String entered = themes.get(day.getId());
                if (entered != null && !entered.strip().equals(day.getTheme() == null ? "" : day.getTheme())) {
                    changes.retheme(caller.get(), slug, day.getId(), entered);
                }
            }
            PageMessages.info("days.saved");
        } catch (Refused e) {
            PageMessages.show(e, "days");
        }
        current = null;
    }

    /** Saves the names of the tracks that were changed. */
    public void saveTrackNames() {
        current = null;
        try {
            for (Track track : getConference().getTracks()) {
                String entered = trackNames.get(track.getId());
                if (entered != null && !entered.strip().equals(track.getName())) {
                    changes.rename(caller.get(), slug, track.getId(), entered);
                }
            }
            PageMessages.info("tracks.saved");
        } catch (Refused e) {
            PageMessages.show(e, "tracks");
        }
        current = null;
    }

    /** The themes as entered, by day id (prefilled with the saved ones). */
    public java.util.Map<Long, String> getThemes() {
        if (getConference() != null) {
            getConference().getDays().forEach(d -> themes.putIfAbsent(d.getId(), d.getTheme() == null ? "" : d.getTheme()));
        }
        return themes;
    }

    /** The track names as entered, by track id (prefilled with the saved ones). */
    public java.util.Map<Long, String> getTrackNames() {
        if (getConference() != null) {
            getConference().getTracks().forEach(t -> trackNames.putIfAbsent(t.getId(), t.getName()));
        }
        return trackNames;
    }

    /** Every time zone, for the zone menu. */
    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
                .filter(z -> !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();
    }

    private static String redirect(String slug) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/console/conference.xhtml?c=" + slug);
            faces.responseComplete();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getSlug() {
        return slug;
    }

    public ConferenceForm getForm() {
        return form;
    }

    public LocalDate getNewDay() {
        return newDay;
    }

    public void setNewDay(LocalDate newDay) {
        this.newDay = newDay;
    }

    public String getNewTheme() {
        return newTheme;
    }

    public void setNewTheme(String newTheme) {
        this.newTheme = newTheme;
    }

    public String getNewTrackKey() {
        return newTrackKey;
    }

    public void setNewTrackKey(String newTrackKey) {
        this.newTrackKey = newTrackKey;
    }

    public String getNewTrackName() {
        return newTrackName;
    }

    public void setNewTrackName(String newTrackName) {
        this.newTrackName = newTrackName;
    }
}
