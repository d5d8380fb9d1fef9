package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The participants' web sockets open on this instance, by the Q&amp;A session they follow. */
@ApplicationScoped
public class QuestionViewers {

    private final Map<Long, Set<Session>> bySession = new ConcurrentHashMap<>();

    void add(long sessionId, Session socket) {
        bySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void remove(long sessionId, Session socket) {
        bySession.computeIfPresent(sessionId, (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }

    /** How many viewers of the session this instance serves. */
    public int count(long sessionId) {
        Set<Session> sockets = bySession.get(sessionId);
        return sockets == null ? 0 : sockets.size();
    }

    /** Sends the text to every open socket of the session's viewers on this instance, without waiting. */
    void send(long sessionId, String text) {
        Set<Session> sockets = bySession.get(sessionId);
        if (sockets == null) {
            return;
        }
        for (Session socket : sockets) {
            if (socket.isOpen()) {
                socket.getAsyncRemote().sendText(text);
            } else {
                remove(sessionId, socket);
            }
        }
    }
}
