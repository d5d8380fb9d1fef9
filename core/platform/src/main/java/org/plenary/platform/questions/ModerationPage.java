package org.plenary.platform.questions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.programme.Session;
import org.plenary.platform.web.ViewerZone;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /console/moderate.xhtml?c=…&id=…}: the moderator's view of one session's Q&amp;A, for the conference's
 * moderators, organisers and the platform's administrators. Every question with its state; approve, hide, mark
 * answered, pin; open or close the Q&amp;A. The list shown is kept between the page's requests, so a button acts on
 * the question it was shown beside however the list moved meanwhile; it is read again after each decision and
 * whenever the session's questions change (the {@code moderation} Faces websocket channel). The caller's right to
 * moderate is checked on every request.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    @Inject
    Questions questions;

    @Inject
    CurrentCaller caller;

    @Inject
    ViewerZone viewerZone;

    private String c;
    private String id;
    private Long sessionId;
    private String slug;
    private String title;
    private boolean open;
    private List<ModerationRow> rows = List.of();

    /** Loads the session named by {@code id}, which must be one of conference {@code c}'s; else 404. */
    public void load() {
        try {
            sessionId = Long.parseLong(id == null ? "" : id);
        } catch (NumberFormatException e) {
            throw new NotFound("no session " + id);
        }
        Session s = questions.moderated(caller.get(), sessionId);
        if (c != null && !c.equals(s.getConference().getSlug())) {
            throw new NotFound("no session " + id + " in " + c);
        }
        slug = s.getConference().getSlug();
        title = s.getTitle();
        refresh();
    }

    /** Reads the questions and the Q&amp;A's state again (after a change, or when told of one). */
    public void refresh() {
        Session s = questions.moderated(caller.get(), sessionId);
        ZoneId zone = viewerZone.zoneFor(s.getConference());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", FacesContext.getCurrentInstance().getViewRoot().getLocale());
        rows = questions.all(caller.get(), sessionId).stream()
                .map(q -> new ModerationRow(q.getId(), q.getText(), q.getShownName(), q.getState(), q.isAnswered(),
                        q.isPinned(), q.getVotes(), q.getAskedAt().atZone(zone).format(time)))
                .toList();
        open = questions.isOpen(sessionId);
    }

    /** A moderator's decision on the question shown in this row. */
    public void decide(ModerationRow row, String decision) {
        try {
            questions.moderate(caller.get(), sessionId, row.id(), Moderation.valueOf(decision));
        } catch (QuestionRefused e) {
            PageMessages.show(e, "board");
        }
        refresh();
    }

    public void openQuestions() {
        questions.setOpen(caller.get(), sessionId, true);
        refresh();
    }

    public void closeQuestions() {
        questions.setOpen(caller.get(), sessionId, false);
        refresh();
    }

    public long count(String state) {
        return rows.stream().filter(r -> r.state().name().equals(state)).count();
    }

    public List<ModerationRow> getRows() {
        return rows;
    }

    public boolean isOpen() {
        return open;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
