package org.plenary.platform.agenda;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.networking.Networking;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iCalendar files ({@code text/calendar}), read by calendar programs without signing in and without a session:
 * <ul>
 *   <li>{@code GET /calendar/<secret>.ics}: the private feed of one account's agenda in one conference (see
 *       {@link AgendaFeed}); the account's starred public sessions, cancelled ones marked so;</li>
 *   <li>{@code GET /calendar/session/<id>.ics}: any public session of a published conference, to download.</li>
 * </ul>
 * Anything else, a reset or unknown secret, a disabled account or a withdrawn conference, is a plain 404.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarDownloads extends HttpServlet {

    /** The path of a feed under the application's root. */
    public static String feedPath(AgendaFeed feed) {
        return "calendar/" + feed.getSecret() + ".ics";
    }

    private static final Pattern FEED = Pattern.compile("/(" + AgendaFeed.SECRET_PATTERN + ")\\.ics");
    private static final Pattern SESSION = Pattern.compile("/session/([0-9]{1,18})\\.ics");

    @Inject
    Agenda agenda;

    @Inject
    Programme programme;

    @Inject
    Networking networking;

    private final Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher session = SESSION.matcher(path);
        Matcher feed = FEED.matcher(path);
        if (session.matches()) {
            Optional<Session> found = programme.publicSession(Long.parseLong(session.group(1)));
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Session s = found.get();
            String text = new SessionCalendar(pages(request), request.getLocale(), clock.instant()).single(s);
            send(response, text, "attachment; filename=\"" + s.getConference().getSlug() + "-session-" + s.getId() + ".ics\"");
        } else if (feed.matches()) {
            Optional<AgendaFeed> found = agenda.feedBySecret(feed.group(1));
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Conference conference = found.get().getConference();
            Locale locale = found.get().getAccount().preferredLanguage()
                    .orElseGet(() -> Locale.forLanguageTag(conference.getLanguages().get(0)));
            String name = MessageFormat.format(ResourceBundle.getBundle("org.plenary.platform.agenda.calendar", locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("agenda"),
                    conference.getAcronym() == null || conference.getAcronym().isBlank() ? conference.getTitle() : conference.getAcronym());
            long account = found.get().getAccount().getId();
            String text = new SessionCalendar(pages(request), locale, clock.instant())
                    .feed(name, agenda.sessions(account, conference), networking.meetingsOf(account, conference), account,
                            root(request).resolve("contacts.xhtml?c=" + conference.getSlug()));
            response.setHeader("X-Robots-Tag", "noindex");
            response.setHeader("Referrer-Policy", "no-referrer");
            send(response, text, "inline; filename=\"" + conference.getSlug() + "-agenda.ics\"");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The absolute address of a session's page, as this request reached the platform. */
    private static Function<Session, URI> pages(HttpServletRequest request) {
        URI root = root(request);
        return s -> root.resolve("session.xhtml?id=" + s.getId());
    }

    /** The application's root as this request reached it, ending in "/". */
    public static URI root(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
    }

    private static void send(HttpServletResponse response, String text, String disposition) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
