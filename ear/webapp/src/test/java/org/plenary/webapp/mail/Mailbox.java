package org.plenary.webapp.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server for the tests (GreenMail), listening on 127.0.0.1 only, and what it received, read as a person
 * reads mail: by recipient, subject, plain text and HTML.
 */
public final class Mailbox implements AutoCloseable {

    /** One received e-mail. */
    public record Mail(String to, String subject, String text, String html, String contentLanguage) {

        /** The first address in the text that contains this path ({@code confirm.xhtml?token=}). */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text);
            if (!m.find()) {
                throw new AssertionError("no link to " + path + " in: " + text);
            }
            return m.group();
        }
    }

    private final int port;
    private GreenMail server;

    private Mailbox(int port) {
        this.port = port;
    }

    /** Starts an SMTP server on 127.0.0.1 at this port. */
    public static Mailbox open(int port) {
        Mailbox box = new Mailbox(port);
        box.start();
        return box;
    }

    /** (Re)starts the server, as after an outage; what it received before is forgotten. */
    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: connections are refused, as when a mail server is down. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    /** Every mail received for this address so far. */
    public synchronized List<Mail> to(String address) {
        List<Mail> mails = new ArrayList<>();
        if (server == null) {
            return mails;
        }
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                boolean forThem = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (forThem) {
                    mails.add(read(m, address));
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError("unreadable mail: " + e, e);
            }
        }
        return mails;
    }

    /** Waits until this many mails came for the address (at most {@code timeout}); all of them. */
    public List<Mail> await(String address, int count, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        List<Mail> mails = to(address);
        while (mails.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            mails = to(address);
        }
        if (mails.size() < count) {
            throw new AssertionError(count + " mails expected for " + address + " within " + timeout + ", got " + mails.size());
        }
        return mails;
    }

    /** The first mail for the address, waiting for it at most {@code timeout}. */
    public Mail first(String address, Duration timeout) throws InterruptedException {
        return await(address, 1, timeout).get(0);
    }

    private static Mail read(MimeMessage m, String to) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = m.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        } else {
            text = content.toString();
        }
        return new Mail(to, m.getSubject(), text, html, m.getHeader("Content-Language", ","));
    }
}
