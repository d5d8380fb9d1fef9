package org.plenary.platform.records;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.console.ConsoleScope;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code /console/export/sessions.csv?c=<slug>}, {@code /console/export/people.csv?c=<slug>} and
 * {@code /console/export/registrations.csv?c=<slug>}: a conference's records as downloads for the callers who may
 * read them (its organisers, administrators), UTF-8 with a byte-order
 * mark so that spreadsheet programs read the accents right. Under {@code /console/}, so web.xml's constraint applies
 * first.
 */
@WebServlet(urlPatterns = "/console/export/*")
public class RecordsExport extends HttpServlet {

    private static final char BOM = '\uFEFF';

    @Inject
    ConsoleScope scope;

    @Inject
    ConferenceRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getPathInfo() == null ? "" : request.getPathInfo();
        Conference conference;
        try {
            conference = scope.require(request.getParameter(ConsoleScope.PARAM),
                    "/registrations.csv".equals(table) ? Action.MANAGE_REGISTRATIONS : Action.READ_RECORDS);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotAllowed e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StringWriter csv = new StringWriter().append(BOM);
        switch (table) {
            case "/sessions.csv" -> records.writeSessions(conference, csv);
            case "/people.csv" -> records.writePeople(conference, csv);
            case "/registrations.csv" -> records.writeRegistrations(conference, csv);
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + conference.getSlug() + "-"
                + table.substring(1) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
