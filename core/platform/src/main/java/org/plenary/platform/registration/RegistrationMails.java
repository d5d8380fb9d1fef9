package org.plenary.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.validation.Texts;
import org.plenary.platform.mail.Letter;
import org.plenary.platform.mail.Outbox;
import org.plenary.platform.mail.SiteAddress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails of registration, put in the {@link Outbox} in the caller's transaction. Each is written in the
 * recipient's language (their account's, else the conference's main language, among those the templates exist in:
 * {@code org.plenary.platform.registration.mail*.properties}), with times in the recipient's zone, the zone named.
 */
@ApplicationScoped
public class RegistrationMails {

    /** The languages the mails are written in; the first is the fallback. */
    /** The languages mails are written in: the platform's (adding one is adding its bundle files). */
    static final List<Locale> WRITTEN_IN = Texts.SPOKEN;
    static final String BUNDLE = "org.plenary.platform.registration.mail";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    SiteAddress site;

    /** The link that confirms a pending registration; the account's owner chooses a password there if they have none. */
    void confirm(Registration r, String token) {
        Writer w = new Writer(r.getAccount(), r.getConference(), r.getZone());
        List<String> body = new ArrayList<>(List.of(w.text("greeting", r.getAccount().getDisplayName()),
                w.text("confirm.body", r.getConference().getTitle(), w.dates())));
        if (!r.getAccount().hasPassword()) {
            body.add(w.text("confirm.password"));
        }
        w.opening().ifPresent(body::add);
        w.send("registration.confirm", "confirm.subject", body, "confirm.link",
                "confirm.xhtml?token=" + token,
                List.of(w.text("confirm.expires", w.time(r.getTokenExpiresAt())), w.text("ignore"), w.signature()));
    }

    /** A signed-in participant registered: a note with the conference's address. */
    void registered(Registration r) {
        Writer w = new Writer(r.getAccount(), r.getConference(), r.getZone());
        List<String> body = new ArrayList<>(List.of(w.text("greeting", r.getAccount().getDisplayName()),
                w.text("registered.body", r.getConference().getTitle(), w.dates())));
        w.opening().ifPresent(body::add);
        w.send("registration.registered", "registered.subject", body, "registered.link",
                "conference.xhtml?c=" + r.getConference().getSlug(), List.of(w.signature()));
    }

    /** Someone not signed in gave the address of an account that has a password: its owner signs in to register. */
    void signInToRegister(Account account, Conference conference) {
        Writer w = new Writer(account, conference, account.preferredZone().orElse(conference.zone()));
        String back = "/register.xhtml?c=" + conference.getSlug();
        w.send("registration.signIn", "signIn.subject",
                List.of(w.text("greeting", account.getDisplayName()), w.text("signIn.body", conference.getTitle(), w.dates())),
                "signIn.link", "login.xhtml?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8),
                List.of(w.text("ignore"), w.signature()));
    }

    /** Someone not signed in gave the address of an account registered already. */
    void alreadyRegistered(Registration r) {
        Writer w = new Writer(r.getAccount(), r.getConference(), r.getZone());
        w.send("registration.already", "already.subject",
                List.of(w.text("greeting", r.getAccount().getDisplayName()),
                        w.text("already.body", r.getConference().getTitle(), w.dates())),
                "already.link", "conference.xhtml?c=" + r.getConference().getSlug(), List.of(w.text("ignore"), w.signature()));
    }

    /** The language a mail to this account about this conference is written in. */
    static Locale languageFor(Account account, Conference conference) {
        return account.preferredLanguage().flatMap(RegistrationMails::written)
                .or(() -> written(conference.mainLanguage()))
                .orElse(WRITTEN_IN.get(0));
    }

    private static java.util.Optional<Locale> written(Locale wanted) {
        return WRITTEN_IN.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst();
    }

    /** One mail being written: its recipient, conference, language and zone. */
    private final class Writer {
        private final Account to;
        private final Conference conference;
        private final Locale language;
        private final ZoneId zone;
        private final ResourceBundle bundle;

        Writer(Account to, Conference conference, ZoneId zone) {
            this.to = to;
            this.conference = conference;
            this.language = languageFor(to, conference);
            this.zone = zone;
            this.bundle = ResourceBundle.getBundle(BUNDLE, language, RegistrationMails.class.getClassLoader());
        }

        String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), language).format(args);
        }

        /** "12 October 2020 – 14 October 2020" in the mail's language. */
        String dates() {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
            return conference.getFirstDay().equals(conference.getLastDay()) ? conference.getFirstDay().format(f)
                    : conference.getFirstDay().format(f) + " – " + conference.getLastDay().format(f);
        }

        /** "Monday 12 October 2020, 11:30 (Africa/Nairobi, UTC+03:00)" in the recipient's zone. */
        String time(Instant instant) {
            var at = instant.atZone(zone);
            String offset = at.getOffset().getId();
            return text("time", at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language)),
                    at.format(DateTimeFormatter.ofPattern("HH:mm", language)), zone.getId(),
                    "UTC" + ("Z".equals(offset) ? "" : offset));
        }

        /** When the first session starts, in the recipient's zone, with the conference's own zone named. */
        java.util.Optional<String> opening() {
            LocalDateTime first = em.createQuery("select min(s.startsAtUtc) from Session s where s.conference = :c",
                    LocalDateTime.class).setParameter("c", conference).getSingleResult();
            return java.util.Optional.ofNullable(first)
                    .map(utc -> text("opens", time(utc.toInstant(ZoneOffset.UTC)), conference.zone().getId()));
        }

        String signature() {
            return text("signature", conference.getTitle());
        }

        void send(String kind, String subjectKey, List<String> body, String linkKey, String path, List<String> closing) {
            outbox.enqueue(kind, new Letter(to.getEmail(), language.toLanguageTag(), text(subjectKey, conference.getTitle()),
                    body, text(linkKey), site.of(path), closing));
        }
    }
}
