package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.languages.ViewerLanguage;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionDetails;
import org.plenary.spi.SessionStatus;
import org.plenary.spi.ViewSlot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A session's page: the common part, then the format's own participant view, or the core's generic view when
 * the format is missing, failed or has no such view.
 */
@Named("sessionPage")
@RequestScoped
public class SessionPage {

    static final String GENERIC_VIEW = "/WEB-INF/formats/generic.xhtml";

    @Inject
    Programme programme;

    @Inject
    FormatRegistry registry;

    @Inject
    FormatNames formatNames;

    @Inject
    ViewerZone viewerZone;

    @Inject
    ViewerLanguage language;

    @Inject
    ViewerMode viewerMode;

    private String id;
    private Session session;
    private SessionDetails details;
    private String formatView;
    private ZoneId zone;
    private String play;
    private VideoEmbed video;

    public void load() {
        long sessionId;
        try {
            sessionId = Long.parseLong(id == null ? "" : id);
        } catch (NumberFormatException e) {
            Pages.notFound();
            return;
        }
        session = programme.publicSession(sessionId).orElse(null);
        if (session == null) {
            Pages.notFound();
            return;
        }
        language.orConferenceLanguage(session.getConference());
        details = session.details(Pages.locale());
        video = session.getStatus() == SessionStatus.CANCELLED ? null
                : details.watchUrl().flatMap(VideoEmbed::of).orElse(null);
        zone = viewerZone.zoneFor(session.getConference());
        ResourceHandler resources = FacesContext.getCurrentInstance().getApplication().getResourceHandler();
        formatView = registry.started(session.getFormatId())
                .flatMap(f -> f.views().view(ViewSlot.PARTICIPANT))
                .filter(view -> resources.createViewResource(FacesContext.getCurrentInstance(), view) != null)
                .orElse(GENERIC_VIEW);
    }

    public String getWhen() {
        var locale = Pages.locale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var start = details.start().atZone(zone);
        var end = details.end().atZone(zone);
        return start.format(date) + Pages.text("punctuation.comma") + start.format(time) + "–" + end.format(time);
    }

    /** The time at the venue, when the viewer reads another zone: "10:30–10:45 Europe/Paris"; else null. */
    public String getConferenceTime() {
        ZoneId own = session.getConference().zone();
        if (own.equals(zone)) {
            return null;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Pages.locale());
        return details.start().atZone(own).format(time) + "–" + details.end().atZone(own).format(time) + " " + own.getId();
    }

    public String getZoneLabel() {
        return ViewerZone.label(zone, details.start().atZone(zone));
    }

    public String getConferenceZoneLabel() {
        ZoneId own = session.getConference().zone();
        return ViewerZone.label(own, details.start().atZone(own));
    }

    public boolean isInConferenceZone() {
        return zone.equals(session.getConference().zone());
    }

    public String getFormatName() {
        return formatNames.of(details.formatId(), Pages.locale());
    }

    /** The language the title is shown in (a translation's, else the conference's main one), for {@code lang}. */
    public String getTitleLanguage() {
        return session.languageOf(Pages.locale());
    }

    /** The language the abstract is shown in. */
    public String getSummaryLanguage() {
        var locale = Pages.locale();
        return session.getTranslations().stream().anyMatch(t -> t.isIn(locale) && t.getText() != null)
                ? session.languageOf(locale) : session.getConference().mainLanguageTag();
    }

    /** The player of the session's stream or recording, when it can play in the page; else null (a link stays). */
    public VideoEmbed getVideo() {
        return video;
    }

    /** Whether the viewer asked to play the video ({@code play=1}), which light mode waits for. */
    public boolean isPlayAsked() {
        return "1".equals(play);
    }

    /** Whether the page holds the player: always in the normal mode, in light mode once asked for. */
    public boolean isVideoShown() {
        return video != null && (!viewerMode.isLight() || isPlayAsked());
    }

    public String getPlay() {
        return play;
    }

    public void setPlay(String play) {
        this.play = play;
    }

    public boolean isGenericView() {
        return GENERIC_VIEW.equals(formatView);
    }

    public Session getSession() {
        return session;
    }

    public SessionDetails getDetails() {
        return details;
    }

    public String getFormatView() {
        return formatView;
    }

    public String getZoneId() {
        return zone.getId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
