package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.persistence.Writes;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.LiveFeature;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Live Q&amp;A of the sessions whose format declares {@link LiveFeature#QUESTIONS}: signed-in participants ask and
 * vote (once each per question, for good), moderators approve, hide, mark answered, pin, and open or close the
 * session's Q&amp;A. Participants reach only public sessions of published conferences and only approved questions;
 * a question id must belong to the session named with it, else it is {@link NotFound}. Each change fires
 * {@link QuestionsChanged}, which pushes the new list to the session's viewers once committed.
 *
 * <p>Asking and voting take the account's row lock first, so the limits of {@link QuestionLimits} hold even when one
 * account sends many requests at once, on every instance.
 */
@ApplicationScoped
public class Questions {

    /** The moderators' order: the pinned one, then those waiting, then the approved by rank, the hidden last. */
    static final Comparator<Question> FOR_MODERATORS = Comparator.comparing(Question::isPinned).reversed()
            .thenComparing(Question::getState)
            .thenComparing(Question.BY_RANK);

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Programme programme;

    @Inject
    FormatRegistry formats;

    @Inject
    QuestionLimits limits;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @Inject
    Event<QuestionsChanged> changed;

    private final Clock clock = Clock.systemUTC();

    /** Whether sessions of this format have Q&amp;A: the format is started and declares {@link LiveFeature#QUESTIONS}. */
    public boolean isOn(String formatId) {
        return formats.started(formatId).map(f -> f.liveFeatures().contains(LiveFeature.QUESTIONS)).orElse(false);
    }

    /**
     * A public session of a published conference whose format has Q&amp;A.
     *
     * @throws NotFound otherwise
     */
    public Session publicSession(long sessionId) {
        return programme.publicSession(sessionId).filter(s -> isOn(s.getFormatId()))
                .orElseThrow(() -> new NotFound("no session with questions " + sessionId));
    }

    /** Whether participants may ask and vote in the session now (a session its moderators never closed is open). */
    public boolean isOpen(long sessionId) {
        QuestionBoard board = em.find(QuestionBoard.class, sessionId);
        return board == null || board.isOpen();
    }

    /** The approved questions of a session, as participants see them: pinned first, then by votes, oldest first. */
    public List<Question> visible(long sessionId) {
        return em.createQuery("select q from Question q where q.sessionId = :s and q.state = :approved", Question.class)
                .setParameter("s", sessionId).setParameter("approved", QuestionState.APPROVED)
                .getResultStream().sorted(Question.BY_RANK).toList();
    }

    /** The caller's own questions of the session that wait for a moderator, oldest first (none when anonymous). */
    public List<Question> waitingFrom(Caller who, long sessionId) {
        if (!who.isSignedIn()) {
            return List.of();
        }
        return em.createQuery("select q from Question q where q.sessionId = :s and q.author.id = :a and q.state = :pending"
                        + " order by q.askedAtUtc, q.id", Question.class)
                .setParameter("s", sessionId).setParameter("a", who.accountId()).setParameter("pending", QuestionState.PENDING)
                .getResultList();
    }

    /** The ids of the session's questions the caller voted for (none when anonymous). */
    public Set<Long> votedBy(Caller who, long sessionId) {
        if (!who.isSignedIn()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select v.question.id from QuestionVote v where v.account.id = :a"
                        + " and v.question.sessionId = :s", Long.class)
                .setParameter("a", who.accountId()).setParameter("s", sessionId).getResultList());
    }

    /**
     * Asks a question in a public session whose Q&amp;A is open; it waits for a moderator.
     *
     * @param showName whether the caller's display name is shown with it
     * @throws NotAllowed      when the caller is not signed in
     * @throws NotFound        when the session is no public session with Q&amp;A
     * @throws QuestionRefused when the text is blank or too long, the Q&amp;A is closed, or the caller asked too much
     */
    @Transactional
    public Question ask(Caller who, long sessionId, String text, boolean showName) {
        Account account = accountOf(who);
        publicSession(sessionId);
        if (!isOpen(sessionId)) {
            throw new QuestionRefused(QuestionRefused.Reason.CLOSED, texts.text("questions.closed"));
        }
        Question question = new Question(sessionId, account, text, showName, clock.instant());
        List<Problem> problems = texts.check(question);
        if (!problems.isEmpty()) {
            throw new QuestionRefused(QuestionRefused.Reason.INVALID, problems);
        }
        queueOn(account);
        long lately = em.createQuery("select count(q) from Question q where q.author = :a and q.askedAtUtc > :since", Long.class)
                .setParameter("a", account).setParameter("since", windowStart()).getSingleResult();
        if (lately >= limits.questionsPerMinute()) {
            throw new QuestionRefused(QuestionRefused.Reason.TOO_MANY,
                    texts.text("questions.tooManyQuestions", limits.questionsPerMinute()));
        }
        em.persist(question);
        Writes.flush(em);
        changed.fire(new QuestionsChanged(sessionId));
        return question;
    }

    /**
     * The caller's vote for an approved question of the session; voting again changes nothing.
     *
     * @return whether this call cast the vote (false when the caller had voted for it already)
     * @throws NotAllowed      when the caller is not signed in
     * @throws NotFound        when the question is not an approved question of this public session with Q&amp;A
     * @throws QuestionRefused when the Q&amp;A is closed or the caller voted too much in the last minute
     */
    @Transactional
    public boolean vote(Caller who, long sessionId, long questionId) {
        Account account = accountOf(who);
        publicSession(sessionId);
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getSessionId() != sessionId || !question.isVisible()) {
            throw new NotFound("no question " + questionId + " in session " + sessionId);
        }
        if (!isOpen(sessionId)) {
            throw new QuestionRefused(QuestionRefused.Reason.CLOSED, texts.text("questions.closed"));
        }
        queueOn(account);
        boolean cast = em.createQuery("select count(v) from QuestionVote v where v.question = :q and v.account = :a", Long.class)
                .setParameter("q", question).setParameter("a", account).getSingleResult() > 0;
        if (cast) {
            return false;
        }
        long lately = em.createQuery("select count(v) from QuestionVote v where v.account = :a and v.castAtUtc > :since", Long.class)
                .setParameter("a", account).setParameter("since", windowStart()).getSingleResult();
        if (lately >= limits.votesPerMinute()) {
            throw new QuestionRefused(QuestionRefused.Reason.TOO_MANY, texts.text("questions.tooManyVotes", limits.votesPerMinute()));
        }
        em.persist(new QuestionVote(question, account, clock.instant()));
        em.flush();
        em.createQuery("update Question q set q.votes = q.votes + 1 where q.id = :id").setParameter("id", questionId)
                .executeUpdate();
        changed.fire(new QuestionsChanged(sessionId));
        return true;
    }

    /**
     * A session the caller moderates: any session of a conference where the caller may {@link Action#MODERATE},
     * whose format has Q&amp;A.
     *
     * @throws NotFound   when there is no such session, or the caller holds no console role in its conference
     * @throws NotAllowed when the caller holds a role there but may not moderate
     */
    public Session moderated(Caller who, long sessionId) {
        Session session = em.createQuery("select s from Session s join fetch s.conference where s.id = :id", Session.class)
                .setParameter("id", sessionId).getResultStream().findFirst()
                .filter(s -> isOn(s.getFormatId()))
                .orElseThrow(() -> new NotFound("no session with questions " + sessionId));
        long conferenceId = session.getConference().getId();
        if (!who.admin() && !who.consoleConferences().contains(conferenceId)) {
            throw new NotFound("no session with questions " + sessionId);
        }
        who.require(Action.MODERATE, conferenceId);
        return session;
    }

    /** Every question of a session the caller moderates, in the moderators' order. */
    public List<Question> all(Caller who, long sessionId) {
        moderated(who, sessionId);
        return em.createQuery("select q from Question q where q.sessionId = :s", Question.class)
                .setParameter("s", sessionId).getResultStream().sorted(FOR_MODERATORS).toList();
    }

    /**
     * A moderator's decision on a question of the session.
     *
     * @throws NotFound        as {@link #moderated}, or when the question is of another session
     * @throws QuestionRefused when the question is not approved and the decision needs it (answered, pinned)
     */
    @Transactional
    public Question moderate(Caller who, long sessionId, long questionId, Moderation decision) {
        Session session = moderated(who, sessionId);
        QuestionBoard board = lockedBoard(sessionId);
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getSessionId() != sessionId) {
            throw new NotFound("no question " + questionId + " in session " + sessionId);
        }
        try {
            switch (decision) {
                case APPROVE -> question.approve();
                case HIDE -> question.hide();
                case ANSWERED -> question.markAnswered(true);
                case NOT_ANSWERED -> question.markAnswered(false);
                case PIN -> board.pin(question, pinned(sessionId));
                case UNPIN -> board.unpin(question);
            }
        } catch (IllegalStateException e) {
            throw new QuestionRefused(QuestionRefused.Reason.INVALID, texts.text("questions.notApproved"));
        }
        Writes.flush(em);
        audit.record(who, session.getConference().getId(), "question." + decision.name().toLowerCase(java.util.Locale.ROOT),
                session.getTitle(), shorten(question.getText()));
        changed.fire(new QuestionsChanged(sessionId));
        return question;
    }

    /** Opens or closes the session's Q&amp;A (the list stays either way). */
    @Transactional
    public void setOpen(Caller who, long sessionId, boolean open) {
        Session session = moderated(who, sessionId);
        lockedBoard(sessionId).setOpen(open);
        Writes.flush(em);
        audit.record(who, session.getConference().getId(), open ? "questions.open" : "questions.close", session.getTitle(), null);
        changed.fire(new QuestionsChanged(sessionId));
    }

    private List<Question> pinned(long sessionId) {
        return em.createQuery("select q from Question q where q.sessionId = :s and q.pinned = true", Question.class)
                .setParameter("s", sessionId).getResultList();
    }

    /** The session's board, made on first use, after taking the session's row lock: moderators queue on it. */
    private QuestionBoard lockedBoard(long sessionId) {
        em.createNativeQuery("UPDATE programme_session SET version = version WHERE id = ?").setParameter(1, sessionId)
                .executeUpdate();
        QuestionBoard board = em.find(QuestionBoard.class, sessionId);
        if (board == null) {
            board = new QuestionBoard(sessionId);
            em.persist(board);
        }
        return board;
    }

    /** Requests of one account queue on its row, so that counting and writing its recent rows is one step. */
    private void queueOn(Account account) {
        em.createNativeQuery("UPDATE account SET version = version WHERE id = ?").setParameter(1, account.getId())
                .executeUpdate();
    }

    private LocalDateTime windowStart() {
        return LocalDateTime.ofInstant(clock.instant().minus(QuestionLimits.WINDOW), ZoneOffset.UTC);
    }

    private Account accountOf(Caller who) {
        Account account = who.isSignedIn() ? em.find(Account.class, who.accountId()) : null;
        if (account == null || !account.isEnabled()) {
            throw new NotAllowed("Sign in to ask and vote.");
        }
        return account;
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
