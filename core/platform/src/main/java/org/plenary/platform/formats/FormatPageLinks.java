package org.plenary.platform.formats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.spi.FormatPage;
import org.plenary.spi.SessionFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The links to the pages plugins add ({@link SessionFormat#pages()}): those of every started format enabled in a
 * conference, for the conference's participant pages and for the console's menu.
 */
@Named("formatPages")
@RequestScoped
public class FormatPageLinks {

    /** One link: where it goes (from the site's root, with {@code ?c=}) and its words. */
    public record Link(String formatId, String key, String path, String label) {
    }

    @Inject
    FormatRegistry registry;

    @Inject
    Conferences conferences;

    @Inject
    CurrentCaller currentCaller;

    /** The participant pages of a published conference's formats; none for an unknown or unpublished one. */
    public List<Link> participant(String slug, Locale locale) {
        return conferences.bySlug(slug).filter(Conference::isPublished)
                .map(c -> links(c, FormatPage.Audience.PARTICIPANT, locale)).orElse(List.of());
    }

    /**
     * The console pages of a conference's formats, when the caller may open the conference in the console or it is
     * published (a partner or a trainer holds no console role; each page checks its own rights).
     */
    public List<Link> console(String slug, Locale locale) {
        Optional<Conference> conference = conferences.bySlug(slug);
        var caller = currentCaller.get();
        if (conference.isEmpty() || !caller.isSignedIn()) {
            return List.of();
        }
        Conference c = conference.get();
        boolean opens = c.isPublished() || caller.admin() || caller.rolesByConference().containsKey(c.getId());
        return opens ? links(c, FormatPage.Audience.CONSOLE, locale) : List.of();
    }

    private List<Link> links(Conference conference, FormatPage.Audience audience, Locale locale) {
        List<Link> links = new ArrayList<>();
        for (String id : conference.getEnabledFormats().stream().sorted().toList()) {
            registry.started(id).ifPresent(format -> links.addAll(linksOf(id, format, conference, audience, locale)));
        }
        links.sort(Comparator.comparing(Link::label));
        return links;
    }

    private static List<Link> linksOf(String id, SessionFormat format, Conference conference,
                                      FormatPage.Audience audience, Locale locale) {
        try {
            return format.pages().stream()
                    .filter(p -> p.audience() == audience && p.isPlacedFor(id))
                    .map(p -> new Link(id, p.key(), p.view() + "?c=" + conference.getSlug(), title(format, p, locale)))
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String title(SessionFormat format, FormatPage page, Locale locale) {
        try {
            return format.pageTitle(page, locale);
        } catch (RuntimeException e) {
            return page.key();
        }
    }
}
