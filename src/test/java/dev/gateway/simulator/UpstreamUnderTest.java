package dev.gateway.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A simulated upstream on a free port with a Vert.x of its own, and a plain JDK HTTP/1.1 client aimed at it over
 * a real socket. Healthy latency is the production default unless a test injects a fault.
 */
final class UpstreamUnderTest implements AutoCloseable {

    private static final Duration MEDIAN = Duration.ofMillis(20);
    private static final Duration P99 = Duration.ofMillis(40);

    private final Vertx vertx = Vertx.vertx();
    private final SimulatedUpstream upstream;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A status, a JSON body (empty when there was none) and the time from sending to the full reply. */
    record Reply(int status, JsonObject body, Duration elapsed) {
    }

    private UpstreamUnderTest(Upstream upstream, int capacity, boolean finishesAbandonedCalls) {
        this.upstream = new SimulatedUpstream(vertx, upstream,
                new UpstreamSettings(0, capacity, MEDIAN, P99, finishesAbandonedCalls));
    }

    static UpstreamUnderTest start(Upstream upstream, int capacity) {
        return start(upstream, capacity, false);
    }

    /** An upstream that serves calls to their end even after their caller hung up. */
    static UpstreamUnderTest startFinishingAbandonedCalls(Upstream upstream, int capacity) {
        return start(upstream, capacity, true);
    }

    private static UpstreamUnderTest start(Upstream upstream, int capacity, boolean finishesAbandonedCalls) {
        UpstreamUnderTest started = new UpstreamUnderTest(upstream, capacity, finishesAbandonedCalls);
        started.upstream.start().toCompletionStage().toCompletableFuture().join();
        return started;
    }

    SimulatedUpstream upstream() {
        return upstream;
    }

    UpstreamStats.Snapshot stats() {
        return upstream.stats().snapshot();
    }

    Reply get(String path) {
        return getAsync(path).join();
    }

    CompletableFuture<Reply> getAsync(String path) {
        return send(builder(path).GET());
    }

    Reply post(String path, String json) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json))).join();
    }

    Reply put(String path, String json) {
        return send(builder(path).PUT(HttpRequest.BodyPublishers.ofString(json))).join();
    }

    Reply delete(String path) {
        return send(builder(path).DELETE()).join();
    }

    /** Sends a GET over a raw socket and leaves the socket open, so that the test decides when the caller leaves. */
    Socket getAndKeepOpen(String path) {
        try {
            Socket socket = new Socket("127.0.0.1", upstream.port());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + upstream.port() + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10));
    }

    private CompletableFuture<Reply> send(HttpRequest.Builder request) {
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Reply(response.statusCode(), jsonOf(response.body()),
                        Duration.ofNanos(System.nanoTime() - sent)));
    }

    private static JsonObject jsonOf(String body) {
        return body.isEmpty() ? new JsonObject() : new JsonObject(body);
    }
}
