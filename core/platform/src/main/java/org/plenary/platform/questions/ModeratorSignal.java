package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the moderators' pages of a session that its questions changed, over the Faces websocket channel
 * {@value #CHANNEL}: the page subscribes with {@code <f:websocket channel="moderation" user="#{session id}" scope="view">}
 * and re-renders itself by Ajax on the message {@value #MESSAGE}, reading what it shows from the database as the
 * signed-in moderator. The message carries nothing else, so no question reaches a socket by this channel.
 *
 * <p>Only the push job uses this bean (outside any request): Mojarra's push context, made in a request, would
 * open an HTTP session for the visitor.
 */
@ApplicationScoped
public class ModeratorSignal {

    public static final String CHANNEL = "moderation";
    public static final String MESSAGE = "changed";

    @Inject
    @Push(channel = CHANNEL)
    PushContext moderation;

    void changed(long sessionId) {
        moderation.send(MESSAGE, Long.valueOf(sessionId));
    }
}
