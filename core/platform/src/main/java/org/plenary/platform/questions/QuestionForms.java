package org.plenary.platform.questions;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.TransactionalException;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.FormToken;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.validation.Problem;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The session page's Q&amp;A forms, plain HTML posts that work without JavaScript, each answered by a redirect back to
 * the session's page at its questions (303), with {@code qa=asked}, {@code qa=voted} or {@code qa=refused}:
 * <ul>
 *   <li>{@code POST /questions/ask}: {@code session}, {@code text}, {@code showName} ({@code on} to show one's name);</li>
 *   <li>{@code POST /questions/vote}: {@code session}, {@code question}.</li>
 * </ul>
 * Both carry the visitor's {@link FormToken} (else 403). A signed-out visitor is sent to sign in, then back to the
 * session's page; a session that is
 * no public session with Q&amp;A, or a question not approved in it, is 404. A refusal's message (too long, closed,
 * too many) is kept for the page to show once. A script may send {@code Accept: application/json}: 204 when done,
 * else the status (400 for a text refused, 409 when closed, 429 when too many, 403, 404) with {@code {"message": …}}.
 */
@WebServlet(urlPatterns = {QuestionForms.ASK, QuestionForms.VOTE})
public class QuestionForms extends HttpServlet {

    static final String ASK = "/questions/ask";
    static final String VOTE = "/questions/vote";
    /** The HTTP session attribute holding a refusal's message until the page shows it. */
    static final String NOTICE = QuestionForms.class.getName() + ".notice";

    @Inject
    CurrentCaller caller;

    @Inject
    FormToken token;

    @Inject
    Questions questions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = String.valueOf(request.getHeader("Accept")).contains("application/json");
        Caller who = caller.get();
        String page = request.getParameter("session");
        if (!token.admits(who, page != null && page.matches("[0-9]{1,18}") ? "/session.xhtml?id=" + page : null, response)) {
            return;
        }
        long sessionId;
        String outcome;
        try {
            sessionId = id(request.getParameter("session"));
            if (ASK.equals(request.getServletPath())) {
                questions.ask(who, sessionId, request.getParameter("text"), "on".equals(request.getParameter("showName")));
                outcome = "asked";
            } else {
                vote(who, sessionId, id(request.getParameter("question")));
                outcome = "voted";
            }
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (QuestionRefused e) {
            String message = e.problems().stream().map(Problem::message).collect(Collectors.joining(" "));
            if (json) {
                answer(response, status(e.reason()), message);
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(NOTICE, message);
            }
            sessionId = id(request.getParameter("session"));
            outcome = "refused";
        }
        if (json) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/session.xhtml?id=" + sessionId + "&qa=" + outcome + "#questions");
    }

    /** A vote; one that lost a race with the same account's other vote is that vote. */
    private void vote(Caller who, long sessionId, long questionId) {
        try {
            questions.vote(who, sessionId, questionId);
        } catch (PersistenceException | TransactionalException e) {
            if (!questions.votedBy(who, sessionId).contains(questionId)) {
                throw e;
            }
        }
    }

    private static int status(QuestionRefused.Reason reason) {
        return switch (reason) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case CLOSED -> HttpServletResponse.SC_CONFLICT;
            case TOO_MANY -> 429;
        };
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("message", message).build().toString());
    }

    /** The notice a refused form left for the page, taken: shown once. */
    static String takeNotice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object notice = session.getAttribute(NOTICE);
        session.removeAttribute(NOTICE);
        return notice instanceof String s ? s : null;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFound("no such id " + text);
        }
    }
}
