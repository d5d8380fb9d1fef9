package org.plenary.platform.questions;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import org.plenary.platform.access.NotFound;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A participant's live view of a session's Q&amp;A: {@code ws(s)://<host>/<context>/questions/live/<session id>}. On
 * opening, and after every change (at most every {@code plenary.questions.pushMillis}), the socket receives the
 * session's {@link PublicQuestions} as a text message. No sign-in and no HTTP session: it carries only what the
 * session's page shows anyone. A session that is not public or has no Q&amp;A is refused (close code 1008). The
 * socket never listens: asking and voting are HTTP posts.
 */
@ServerEndpoint("/questions/live/{session}")
public class QuestionSocket {

    private static final Logger LOG = Logger.getLogger(QuestionSocket.class.getName());

    @Inject
    Questions questions;

    @Inject
    PublicQuestions publicQuestions;

    @Inject
    QuestionViewers viewers;

    @OnOpen
    public void open(Session socket, @PathParam("session") String session) throws IOException {
        long id;
        try {
            id = Long.parseLong(session);
            questions.publicSession(id);
        } catch (NumberFormatException | NotFound e) {
            socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no session with questions"));
            return;
        }
        socket.getUserProperties().put(QuestionSocket.class.getName(), id);
        viewers.add(id, socket);
        socket.getAsyncRemote().sendText(publicQuestions.of(id).toString());
    }

    @OnClose
    public void close(Session socket) {
        Object id = socket.getUserProperties().get(QuestionSocket.class.getName());
        if (id instanceof Long sessionId) {
            viewers.remove(sessionId, socket);
        }
    }

    @OnError
    public void failed(Session socket, Throwable error) {
        LOG.log(Level.FINE, "a viewer's socket failed", error);
        close(socket);
    }
}
