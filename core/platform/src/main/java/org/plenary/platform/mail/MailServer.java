package org.plenary.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * The SMTP server of {@link MailSettings}, reached through Jakarta Mail: each mail goes as
 * {@code multipart/alternative} (plain text, then HTML), UTF-8. Connecting, reading and writing time out after 20 s, so
 * that an attempt always ends well within a claim.
 */
@ApplicationScoped
public class MailServer {

    static final String TIMEOUT_MILLIS = "20000";

    @Inject
    MailSettings settings;

    /**
     * Hands a mail to the server.
     *
     * @throws MessagingException       when the server cannot be reached or refuses it
     * @throws IllegalStateException    when no server is set
     */
    public void send(OutgoingMail mail) throws MessagingException {
        String host = settings.host().orElseThrow(() -> new IllegalStateException("no SMTP server is set (plenary.mail.host)"));
        Session session = Session.getInstance(properties(host), settings.user().isPresent() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().orElseThrow(), settings.password());
            }
        } : null);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        alternatives.addBodyPart(text);
        if (mail.getHtmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(html);
        }
        message.setContent(alternatives);
        message.saveChanges();
        Transport.send(message);
    }

    private Properties properties(String host) {
        boolean ssl = settings.tls() == MailSettings.Tls.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        p.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        p.put("mail." + protocol + ".from", settings.from());
        if (settings.user().isPresent()) {
            p.put("mail." + protocol + ".auth", "true");
        }
        switch (settings.tls()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.put("mail.smtps.ssl.enable", "true");
                p.put("mail.smtps.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }
}
