package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.languages.ViewerLanguage;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The conference's home page, and the list of conferences at the site's root. */
@Named("conferencePage")
@RequestScoped
public class ConferencePage {

    @Inject
    Conferences conferences;

    @Inject
    ViewerLanguage language;

    private String slug;
    private Conference conference;

    public void load() {
        conference = conferences.publishedWithProgrammeFrame(slug).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        language.orConferenceLanguage(conference);
    }

    /** A conference's title in the page's language, else the original. */
    public String title(Conference c) {
        return c.titleIn(Pages.locale());
    }

    /** The language that title is written in, for its {@code lang} attribute. */
    public String titleLanguage(Conference c) {
        return c.languageOf(Pages.locale());
    }

    /** The language the description is shown in: a translation's when it has one, else the main language. */
    public String getDescriptionLanguage() {
        var locale = Pages.locale();
        return conference.getTranslations().stream().anyMatch(t -> t.isIn(locale) && t.getText() != null)
                ? conference.languageOf(locale) : conference.mainLanguageTag();
    }

    /** The conference's description in the page's language, else the original. */
    public String getDescription() {
        return conference.descriptionIn(Pages.locale());
    }

    public List<Conference> getPublished() {
        return conferences.published();
    }

    public String dates(Conference c) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Pages.locale());
        return c.getFirstDay().equals(c.getLastDay()) ? c.getFirstDay().format(f)
                : c.getFirstDay().format(f) + " – " + c.getLastDay().format(f);
    }

    public String dayLabel(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Pages.locale()));
    }

    public Conference getConference() {
        return conference;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
