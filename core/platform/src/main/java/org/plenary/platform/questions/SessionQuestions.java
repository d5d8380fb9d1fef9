package org.plenary.platform.questions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.programme.Session;
import org.plenary.platform.web.ViewerZone;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Q&amp;A part of a session's page ({@code WEB-INF/includes/questions.xhtml}): shown when the session's format has
 * Q&amp;A; the approved questions, the viewer's own questions waiting for a moderator, which ones they voted for, and
 * what their last form did ({@code qa} of the address).
 */
@Named
@RequestScoped
public class SessionQuestions {

    @Inject
    Questions questions;

    @Inject
    CurrentCaller caller;

    @Inject
    ViewerZone viewerZone;

    @Inject
    HttpServletRequest request;

    private Session session;
    private List<Question> visible;
    private Set<Long> voted;
    private String notice;
    private boolean noticeTaken;

    /** Whether the session shows Q&amp;A: its format declares it. */
    public boolean isOn(Session s) {
        if (s == null || !questions.isOn(s.getFormatId())) {
            return false;
        }
        session = s;
        return true;
    }

    /** Whether sessions of this format have Q&amp;A (the console's session editor links to the moderator's view). */
    public boolean isOnFormat(String formatId) {
        return formatId != null && questions.isOn(formatId);
    }

    /** Whether the viewer may moderate this session's Q&amp;A (the page then links to the moderator's view). */
    public boolean isMayModerate() {
        return caller.get().may(org.plenary.platform.access.Action.MODERATE, session.getConference().getId());
    }

    /** The moderator's view of this session. */
    public String getModerateHref() {
        return "console/moderate.xhtml?c=" + session.getConference().getSlug() + "&id=" + id();
    }

    private long id() {
        return session.getId();
    }

    public boolean isOpen() {
        return questions.isOpen(id());
    }

    public boolean isSignedIn() {
        return caller.get().isSignedIn();
    }

    public List<Question> getVisible() {
        if (visible == null) {
            visible = questions.visible(id());
        }
        return visible;
    }

    public List<Question> getWaiting() {
        return questions.waitingFrom(caller.get(), id());
    }

    public boolean isVoted(Question q) {
        if (voted == null) {
            Caller who = caller.get();
            voted = questions.votedBy(who, id());
        }
        return voted.contains(q.getId());
    }

    /** The ids the viewer voted for, space separated, for the page's script. */
    public String getVotedIds() {
        return getVisible().stream().filter(this::isVoted).map(q -> q.getId().toString())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** What the viewer's last Q&amp;A form did: "asked", "voted", "refused", else null. */
    public String getOutcome() {
        String qa = request.getParameter("qa");
        return qa != null && qa.matches("asked|voted|refused") ? qa : null;
    }

    /** The message of the viewer's refused form, once; null when there is none. */
    public String getNotice() {
        if (!noticeTaken && "refused".equals(getOutcome())) {
            noticeTaken = true;
            notice = QuestionForms.takeNotice(request);
        }
        return notice;
    }

    /** When a question was asked, in the viewer's zone: "14:05". */
    public String askedAt(Question q, Locale locale) {
        Instant at = q.getAskedAt();
        return at.atZone(viewerZone.zoneFor(session.getConference())).format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** Where the page's script follows the list: relative to the application's root. */
    public String getLivePath() {
        return "questions/live/" + id();
    }

    public int getTextMax() {
        return Question.TEXT_MAX;
    }
}
