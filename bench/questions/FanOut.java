import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Q&A fan-out benchmark's client (bench/questions/run.sh starts the server and runs this with
 * {@code java FanOut.java}). It signs in as the platform's administrator, asks and approves the questions it will vote
 * on, connects N viewers to the session's participant socket ({@code /questions/live/<id>}) and N to the reference
 * ({@code /bench-ws/fanout}, a bare broadcast of the same bytes on the same server), measures the server's heap per
 * connection of each, then runs rounds that alternate the two sides: on the platform one vote a tick, sent through
 * the REST API, timed until each viewer's push shows it; on the reference one trigger a tick, timed until each
 * viewer has the broadcast. Every latency is taken in this one JVM (System.nanoTime). Prints lines the script turns
 * into the report; see bench/README.md.
 */
public class FanOut {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern USED = Pattern.compile("used (\\d+)K");

    final URI base;
    final long session;
    final int viewers;
    final int rate;
    final int seconds;
    final int rounds;
    final int warmupSeconds;
    final long serverPid;
    final HttpClient api;
    final List<HttpClient> socketClients = new ArrayList<>();

    FanOut(Map<String, String> a) {
        base = URI.create(a.get("base"));
        session = Long.parseLong(a.get("session"));
        viewers = Integer.parseInt(a.get("viewers"));
        rate = Integer.parseInt(a.get("rate"));
        seconds = Integer.parseInt(a.get("seconds"));
        rounds = Integer.parseInt(a.get("rounds"));
        warmupSeconds = Integer.parseInt(a.get("warmup"));
        serverPid = Long.parseLong(a.get("pid"));
        api = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(10)).build();
        // Several clients, so that one selector thread does not read every viewer's pushes.
        for (int i = 0; i < Math.max(1, Runtime.getRuntime().availableProcessors()); i++) {
            socketClients.add(HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                    .executor(Executors.newFixedThreadPool(2)).build());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new FanOut(a).run(a.get("email"), a.get("password"));
        System.exit(0);
    }

    void run(String email, String password) throws Exception {
        signIn(email, password);
        int perRound = rate * seconds;
        int warmVotes = rate * warmupSeconds;
        long[] questions = askAndApprove(warmVotes + perRound * rounds);
        String current = send("GET", "api/v1/sessions/" + session + "/questions", null).body();
        int payload = current.getBytes(StandardCharsets.UTF_8).length;
        out("PAYLOAD bytes=%d questions=%d", payload, questions.length);

        // Heap per connection: the growth from the first tenth of a side's viewers to all of them, so that what the
        // first sockets of an application cost once (classes, JIT, buffers) is not charged to each.
        Side reference = new Reference(payload);
        long[] refHeap = reference.connect();
        Side platform = new Platform(questions);
        long[] platHeap = platform.connect();
        out("HEAP baseline_kb=%d reference_kb=%d platform_kb=%d viewers=%d", refHeap[0], refHeap[1] - refHeap[0],
                platHeap[1] - platHeap[0], viewers - viewers / 10);

        if (warmupSeconds > 0) {
            reference.round(0, warmupSeconds);
            platform.round(0, warmupSeconds);
        }
        for (int r = 1; r <= rounds; r++) {
            Side first = r % 2 == 1 ? platform : reference;
            Side second = first == platform ? reference : platform;
            report(r, first, first.round(r, seconds));
            report(r, second, second.round(r, seconds));
        }
        // After the rounds every socket has carried pushes of the full size: closing each side's sockets in turn
        // shows what they held in steady state.
        long all = heapAfterGc();
        platform.close();
        long withoutPlatform = heapAfterGc();
        reference.close();
        long none = heapAfterGc();
        out("HEAP_AFTER platform_kb=%d reference_kb=%d viewers=%d", all - withoutPlatform, withoutPlatform - none, viewers);
    }

    void report(int round, Side side, Round result) {
        long[] lat = result.latencies();
        Arrays.sort(lat);
        out("ROUND round=%d side=%s events=%d expected=%d samples=%d missed=%d p50_us=%d p99_us=%d max_us=%d pushes_per_viewer_s=%.2f failed_sends=%d",
                round, side.name(), result.events, (long) result.events * viewers, lat.length,
                (long) result.events * viewers - lat.length, pct(lat, 50), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000,
                result.messages / (double) viewers / result.seconds, result.failed.get());
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000;
    }

    static void out(String format, Object... args) {
        System.out.println(String.format(java.util.Locale.ROOT, format, args));
        System.out.flush();
    }

    // --- the platform: sign-in, questions, votes -------------------------------------------------------------

    void signIn(String email, String password) throws Exception {
        HttpResponse<String> page = api.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("the sign-in page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "Sign in");
        form.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = api.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() / 100 != 3) {
            throw new IllegalStateException("signing in failed: " + signedIn.statusCode());
        }
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return api.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long[] askAndApprove(int count) throws Exception {
        long[] ids = new long[count];
        String questionsPath = "api/v1/sessions/" + session + "/questions";
        for (int i = 0; i < count; i++) {
            HttpResponse<String> asked = send("POST", questionsPath,
                    "{\"text\":\"Benchmark question " + (i + 1) + ": how do the pushes keep up?\",\"showName\":false}");
            Matcher m = ID.matcher(asked.body());
            if (asked.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("asking failed: " + asked.statusCode() + " " + asked.body());
            }
            ids[i] = Long.parseLong(m.group(1));
            HttpResponse<String> approved = send("POST", questionsPath + "/" + ids[i] + "/moderation", "{\"decision\":\"APPROVE\"}");
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approving failed: " + approved.statusCode() + " " + approved.body());
            }
        }
        return ids;
    }

    long heapAfterGc() throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd("GC.run");
            Thread.sleep(500);
            Matcher m = USED.matcher(jcmd("GC.heap_info"));
            if (m.find()) {
                best = Math.min(best, Long.parseLong(m.group(1)));
            }
        }
        if (best == Long.MAX_VALUE) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap size");
        }
        return best;
    }

    String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(serverPid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    // --- the two sides ----------------------------------------------------------------------------------------

    /** One round's figures: how many events were sent and the viewers' latencies, in nanoseconds. */
    static final class Round {
        final int seconds;
        final int events;
        final long messages;
        final AtomicInteger failed;
        final long[][] perViewer;

        Round(int seconds, int events, long messages, AtomicInteger failed, long[][] perViewer) {
            this.seconds = seconds;
            this.events = events;
            this.messages = messages;
            this.failed = failed;
            this.perViewer = perViewer;
        }

        long[] latencies() {
            return Arrays.stream(perViewer).flatMapToLong(Arrays::stream).filter(v -> v > 0).toArray();
        }
    }

    abstract class Side {
        final List<Viewer> connected = new ArrayList<>();
        // Event i: when it was sent (nanoTime); viewers put their latency for it in their own row of the round.
        AtomicLongArray sentAt;
        final AtomicInteger eventsSent = new AtomicInteger();
        final AtomicLong messages = new AtomicLong();

        abstract String name();

        abstract URI socket(int viewer);

        abstract int capacity();

        /** Sends event i (the i-th since the start), recording when. */
        abstract void fire(int i, AtomicInteger failed) throws Exception;

        /** The events a viewer's message shows, among those sent and not yet seen by it. */
        abstract void seen(Viewer viewer, String message, long now);

        /** Connects the viewers; the server's heap after GC once a tenth of them are open, and once all are. */
        long[] connect() throws Exception {
            sentAt = new AtomicLongArray(capacity());
            int tenth = viewers / 10;
            long before = open(0, tenth);
            long after = open(tenth, viewers);
            out("CONNECTED side=%s viewers=%d", name(), viewers);
            return new long[] {before, after};
        }

        volatile boolean closing;

        void close() throws Exception {
            closing = true;
            List<CompletableFuture<WebSocket>> closing = new ArrayList<>();
            for (Viewer v : connected) {
                if (v.socket != null) {
                    closing.add(v.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
                }
            }
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            Thread.sleep(3_000);
        }

        private long open(int from, int to) throws Exception {
            CountDownLatch opened = new CountDownLatch(to - from);
            for (int start = from; start < to; start += 50) {
                List<CompletableFuture<WebSocket>> batch = new ArrayList<>();
                for (int v = start; v < Math.min(to, start + 50); v++) {
                    Viewer viewer = new Viewer(this, v, opened);
                    connected.add(viewer);
                    batch.add(socketClients.get(v % socketClients.size()).newWebSocketBuilder()
                            .connectTimeout(Duration.ofSeconds(30)).buildAsync(socket(v), viewer));
                }
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            }
            if (!opened.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name() + ": not every viewer got its first message");
            }
            return heapAfterGc();
        }

        Round round(int round, int roundSeconds) throws Exception {
            int events = rate * roundSeconds;
            int first = eventsSent.get();
            if (first + events > capacity()) {
                throw new IllegalStateException(name() + ": no events left");
            }
            long[][] rows = new long[viewers][events];
            for (Viewer v : connected) {
                v.begin(round, first, rows[v.index]);
            }
            long messagesBefore = messages.get();
            AtomicInteger failed = new AtomicInteger();
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
            CountDownLatch done = new CountDownLatch(events);
            long period = 1_000_000_000L / rate;
            for (int k = 0; k < events; k++) {
                int i = first + k;
                ticks.schedule(() -> {
                    try {
                        fire(i, failed);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }, k * period, TimeUnit.NANOSECONDS);
            }
            done.await(roundSeconds + 60L, TimeUnit.SECONDS);
            ticks.shutdown();
            eventsSent.set(first + events);
            Thread.sleep(3_000); // the last pushes arrive; what is still missing then counts as missed
            long roundMessages = messages.get() - messagesBefore;
            return new Round(roundSeconds, events, roundMessages, failed, rows);
        }
    }

    /** One viewer's socket: gathers each message, hands it to its side, keeps its own latencies. */
    final class Viewer implements WebSocket.Listener {
        final Side side;
        final int index;
        final CountDownLatch opened;
        final StringBuilder text = new StringBuilder();
        boolean first = true;
        volatile long[] row = new long[0];
        volatile int roundFirst;
        final BitSet seenEvents = new BitSet();
        int lowestUnseen;
        volatile WebSocket socket;

        Viewer(Side side, int index, CountDownLatch opened) {
            this.side = side;
            this.index = index;
            this.opened = opened;
        }

        synchronized void begin(int round, int firstEvent, long[] latencies) {
            roundFirst = firstEvent;
            row = latencies;
            lowestUnseen = Math.max(lowestUnseen, firstEvent);
        }

        synchronized void record(int event, long now) {
            if (!seenEvents.get(event)) {
                seenEvents.set(event);
                int k = event - roundFirst;
                if (k >= 0 && k < row.length) {
                    row[k] = Math.max(1, now - side.sentAt.get(event));
                }
                while (seenEvents.get(lowestUnseen)) {
                    lowestUnseen++;
                }
            }
        }

        @Override
        public void onOpen(WebSocket socket) {
            this.socket = socket;
            socket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long now = System.nanoTime();
                String message = text.toString();
                text.setLength(0);
                side.messages.incrementAndGet();
                if (first) {
                    first = false;
                    opened.countDown();
                } else {
                    side.seen(this, message, now);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            if (side.closing) {
                return null;
            }
            System.err.println("viewer " + index + " of " + side.name() + " closed: " + status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            System.err.println("viewer " + index + " of " + side.name() + " failed: " + error);
        }
    }

    /** Plenary: viewers of the session's Q&A; event i is a vote for question i. */
    final class Platform extends Side {
        final long[] questions;
        final String[] marks;

        Platform(long[] questions) {
            this.questions = questions;
            this.marks = Arrays.stream(questions).mapToObj(q -> "{\"id\":" + q + ",").toArray(String[]::new);
        }

        @Override
        String name() {
            return "platform";
        }

        @Override
        URI socket(int viewer) {
            return URI.create(base.toString().replaceFirst("^http", "ws") + "questions/live/" + session);
        }

        @Override
        int capacity() {
            return questions.length;
        }

        @Override
        void fire(int i, AtomicInteger failed) {
            sentAt.set(i, System.nanoTime());
            api.sendAsync(HttpRequest.newBuilder(base.resolve("api/v1/sessions/" + session + "/questions/" + questions[i] + "/vote"))
                            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        if (e != null || r.statusCode() != 204) {
                            failed.incrementAndGet();
                        }
                    });
            sendCount.incrementAndGet();
        }

        final AtomicInteger sendCount = new AtomicInteger();

        @Override
        void seen(Viewer viewer, String message, long now) {
            int sent = sendCount.get();
            int from;
            synchronized (viewer) {
                from = viewer.lowestUnseen;
            }
            for (int i = from; i < sent; i++) {
                if (viewer.seenEvents.get(i)) {
                    continue;
                }
                int at = message.indexOf(marks[i]);
                if (at < 0) {
                    continue;
                }
                int votes = message.indexOf("\"votes\":", at);
                if (votes > 0 && message.charAt(votes + 8) != '0') {
                    viewer.record(i, now);
                }
            }
        }
    }

    /** The reference: viewers of the bare broadcast; event i is a trigger that every viewer gets back at once. */
    final class Reference extends Side {
        final int payload;
        WebSocket trigger;

        Reference(int payload) {
            this.payload = payload;
        }

        @Override
        String name() {
            return "reference";
        }

        @Override
        URI socket(int viewer) {
            return URI.create(base.toString().replaceFirst("^http", "ws") + "bench-ws/fanout");
        }

        @Override
        int capacity() {
            return 1_000_000;
        }

        @Override
        long[] connect() throws Exception {
            long[] heap = super.connect();
            trigger = socketClients.get(0).newWebSocketBuilder()
                    .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + "bench-ws/fanout?trigger"),
                            new WebSocket.Listener() {
                            }).get(30, TimeUnit.SECONDS);
            return heap;
        }

        @Override
        synchronized void fire(int i, AtomicInteger failed) throws Exception {
            sentAt.set(i, System.nanoTime());
            trigger.sendText(i + "|" + payload, true).get(10, TimeUnit.SECONDS);
        }

        @Override
        void seen(Viewer viewer, String message, long now) {
            int bar = message.indexOf('|');
            if (bar > 0) {
                viewer.record(Integer.parseInt(message.substring(0, bar)), now);
            }
        }
    }
}
