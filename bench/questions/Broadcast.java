package bench;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's reference, deployed beside the platform on the same server: a bare Jakarta WebSocket fan-out. A
 * viewer connects to {@code /bench-ws/fanout}; the trigger connects to {@code /bench-ws/fanout?trigger} and sends
 * {@code <seq>|<bytes>}, and every viewer is sent, at once and without waiting, one text of that many bytes that
 * starts with {@code <seq>|}: the same sends the platform's push makes ({@code getAsyncRemote().sendText} to each
 * open socket), without the vote, the database or the coalescing. Not part of the platform.
 */
@ServerEndpoint("/fanout")
public class Broadcast {

    private static final Set<Session> VIEWERS = ConcurrentHashMap.newKeySet();

    @OnOpen
    public void open(Session socket) {
        if (socket.getQueryString() == null || !socket.getQueryString().contains("trigger")) {
            VIEWERS.add(socket);
            socket.getAsyncRemote().sendText("open|"); // as the platform's socket sends the list on opening
        }
    }

    @OnMessage
    public void trigger(String message) {
        int bar = message.indexOf('|');
        String seq = message.substring(0, bar);
        int bytes = Integer.parseInt(message.substring(bar + 1));
        String text = seq + "|" + "x".repeat(Math.max(0, bytes - seq.length() - 1));
        for (Session viewer : VIEWERS) {
            if (viewer.isOpen()) {
                viewer.getAsyncRemote().sendText(text);
            }
        }
    }

    @OnClose
    public void close(Session socket) {
        VIEWERS.remove(socket);
    }

    @OnError
    public void failed(Session socket, Throwable error) {
        VIEWERS.remove(socket);
    }
}
