package org.plenary.platform.agenda;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.FormToken;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The agenda's plain HTML forms, which work without JavaScript on the stateless participant pages: each is a POST
 * answered by a redirect back to the page it came from (303, so that reloading that page posts nothing again).
 * <ul>
 *   <li>{@code POST /agenda/star}: {@code session} (id), {@code star} ({@code on} or {@code off}), {@code back} (the
 *       page to return to, relative: {@code programme.xhtml?…}, {@code session.xhtml?…} or {@code agenda.xhtml?…});</li>
 *   <li>{@code POST /agenda/reset-feed}: {@code c} (the conference): a new secret for the caller's calendar feed.</li>
 * </ul>
 * Both carry the session's {@link FormToken} (else 403). A signed-out visitor is sent to sign in and then back; an id that is no
 * public session of a published conference is 404. A script may send {@code Accept: application/json} to get 204
 * instead of the redirect.
 */
@WebServlet(urlPatterns = {AgendaForms.STAR, AgendaForms.RESET_FEED})
public class AgendaForms extends HttpServlet {

    static final String STAR = "/agenda/star";
    static final String RESET_FEED = "/agenda/reset-feed";

    private static final Pattern BACK = Pattern.compile("(programme|session|agenda)\\.xhtml(\\?[A-Za-z0-9._~%&=+-]{0,500})?");

    @Inject
    CurrentCaller caller;

    @Inject
    FormToken token;

    @Inject
    Agenda agenda;

    @Inject
    Conferences conferences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller who = caller.get();
        String back = request.getParameter("back");
        if (!token.admits(who, back != null && BACK.matcher(back).matches() ? "/" + back : null, response)) {
            return;
        }
        try {
            String next = STAR.equals(request.getServletPath()) ? star(who, request) : resetFeed(who, request);
            if (String.valueOf(request.getHeader("Accept")).contains("application/json")) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/" + next);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (NotAllowed e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private String star(Caller who, HttpServletRequest request) {
        long id = id(request.getParameter("session"));
        if ("off".equals(request.getParameter("star"))) {
            agenda.unstar(who, id);
        } else {
            agenda.star(who, id);
        }
        String back = request.getParameter("back");
        String page = back != null && BACK.matcher(back).matches() ? back : "session.xhtml?id=" + id;
        return page + "#s-" + id;
    }

    private String resetFeed(Caller who, HttpServletRequest request) {
        String slug = request.getParameter("c");
        Conference conference = slug == null ? null : conferences.publishedWithProgrammeFrame(slug).orElse(null);
        if (conference == null) {
            throw new NotFound("no conference " + slug);
        }
        agenda.resetFeed(who, conference);
        return "agenda.xhtml?c=" + conference.getSlug() + "&reset=1#feed";
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFound("no session " + text);
        }
    }
}
