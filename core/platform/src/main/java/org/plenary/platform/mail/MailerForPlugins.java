package org.plenary.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.plenary.spi.MailMessage;
import org.plenary.spi.Mailer;

import java.util.List;

/** The core's side of {@link Mailer}: a plugin's message goes to the {@link Outbox}, its link made absolute. */
@ApplicationScoped
public class MailerForPlugins implements Mailer {

    @Inject
    Outbox outbox;

    @Inject
    SiteAddress site;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(MailMessage m) {
        String link = m.linkPath() == null ? null : site.of(m.linkPath());
        outbox.enqueue(m.kind(), new Letter(m.recipient(), m.language().toLanguageTag(), m.subject(), m.paragraphs(),
                m.linkLabel(), link, List.of()));
    }
}
