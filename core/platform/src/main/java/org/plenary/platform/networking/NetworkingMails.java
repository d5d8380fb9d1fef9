package org.plenary.platform.networking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.mail.Letter;
import org.plenary.platform.mail.Outbox;
import org.plenary.platform.mail.SiteAddress;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.validation.Texts;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The e-mails networking sends, each in its recipient's language with times in their zone, through the outbox. */
@ApplicationScoped
public class NetworkingMails {

    static final String BUNDLE = "org.plenary.platform.networking.mail";

    @Inject
    Outbox outbox;

    @Inject
    SiteAddress site;

    void asked(ContactRequest r) {
        Writer w = new Writer(r.getTo());
        String from = r.getFrom().getAccount().getDisplayName();
        List<String> body = r.getMessage() == null ? List.of(w.text("asked.body", from, w.conference.getTitle()))
                : List.of(w.text("asked.body", from, w.conference.getTitle()), w.text("asked.message", r.getMessage()));
        w.send("contact.asked", w.text("asked.subject", from), body, "contacts.link", "/contacts.xhtml?c=" + w.conference.getSlug());
    }

    void accepted(ContactRequest r) {
        Writer w = new Writer(r.getFrom());
        String to = r.getTo().getAccount().getDisplayName();
        w.send("contact.accepted", w.text("accepted.subject", to), List.of(w.text("accepted.body", to, r.getTo().getAccount().getEmail())),
                "contacts.link", "/contacts.xhtml?c=" + w.conference.getSlug());
    }

    void booked(Meeting m) {
        Writer w = new Writer(m.getGuest());
        String by = m.getBookedBy().getAccount().getDisplayName();
        List<String> body = m.getNote() == null ? List.of(w.text("booked.body", by, w.time(m.getStart())))
                : List.of(w.text("booked.body", by, w.time(m.getStart())), w.text("booked.note", m.getNote()));
        w.send("meeting.booked", w.text("booked.subject", by), body, "contacts.link", "/contacts.xhtml?c=" + w.conference.getSlug());
    }

    void cancelled(Meeting m, Registration by) {
        Registration other = m.other(by);
        Writer w = new Writer(other);
        w.send("meeting.cancelled", w.text("cancelled.subject", by.getAccount().getDisplayName()),
                List.of(w.text("cancelled.body", by.getAccount().getDisplayName(), w.time(m.getStart()))),
                "contacts.link", "/contacts.xhtml?c=" + w.conference.getSlug());
    }

    /** The language a participant reads: theirs if the platform writes it, else the conference's, else English. */
    static Locale languageFor(Account account, Conference conference) {
        return account.preferredLanguage().flatMap(NetworkingMails::written)
                .or(() -> written(conference.mainLanguage())).orElse(Texts.SPOKEN.get(0));
    }

    private static java.util.Optional<Locale> written(Locale wanted) {
        return Texts.SPOKEN.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst();
    }

    private final class Writer {
        final Registration to;
        final Conference conference;
        final Locale language;
        final ResourceBundle bundle;

        Writer(Registration to) {
            this.to = to;
            this.conference = to.getConference();
            this.language = languageFor(to.getAccount(), conference);
            this.bundle = ResourceBundle.getBundle(BUNDLE, language, NetworkingMails.class.getClassLoader());
        }

        String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), language).format(args);
        }

        /** "Monday 12 October 2020, 11:30 (Africa/Nairobi)", in the recipient's zone. */
        String time(Instant instant) {
            var at = instant.atZone(to.getZone());
            return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language)) + ", "
                    + at.format(DateTimeFormatter.ofPattern("HH:mm", language)) + " (" + to.getZone().getId() + ")";
        }

        void send(String kind, String subject, List<String> body, String linkKey, String path) {
            outbox.enqueue(kind, new Letter(to.getAccount().getEmail(), language.toLanguageTag(), subject, body,
                    text(linkKey), site.of(path), List.of(text("signature", conference.getTitle()))));
        }
    }
}
