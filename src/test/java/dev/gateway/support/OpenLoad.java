package dev.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends checkouts on a fixed schedule however slow the replies are (an open model, as real
 * customers do), and records every reply. Its threads are created up front and named
 * {@code load-*}, so that thread counts of the gateway can be told apart from the driver's.
 */
public final class OpenLoad implements AutoCloseable {

    /** One reply: when it was sent (ms since start), what came back, how long it took. */
    public record Reply(long sentAtMillis, int status, String body, long millis) {
    }

    private final URI checkout;
    private final ExecutorService clientThreads;
    private final ScheduledExecutorService ticker;
    private final HttpClient client;
    private final ConcurrentLinkedQueue<CompletableFuture<Reply>> replies = new ConcurrentLinkedQueue<>();
    private final long started = System.nanoTime();
    private final Duration requestTimeout;

    public OpenLoad(URI checkout) {
        this(checkout, Duration.ofSeconds(10));
    }

    /** A driver whose requests give up after {@code requestTimeout}, recorded as status -1. */
    public OpenLoad(URI checkout, Duration requestTimeout) {
        this.checkout = checkout;
        this.requestTimeout = requestTimeout;
        AtomicInteger n = new AtomicInteger();
        this.clientThreads = Executors.newFixedThreadPool(4, r -> new Thread(r, "load-client-" + n.incrementAndGet()));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "load-ticker"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends {@code perSecond} checkouts a second for {@code duration}; {@code body} gives the n-th cart. */
    public void run(int perSecond, Duration duration, IntFunction<String> body) {
        long total = duration.toMillis() * perSecond / 1000;
        long periodMicros = 1_000_000L / perSecond;
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                done.complete(null);
                throw new IllegalStateException("schedule finished");
            }
            replies.add(send(body.apply(n)));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        done.orTimeout(duration.toMillis() + 5000, TimeUnit.MILLISECONDS).join();
    }

    /** Sends {@code count} checkouts at once. */
    public void burst(int count, IntFunction<String> body) {
        for (int i = 0; i < count; i++) {
            replies.add(send(body.apply(i)));
        }
    }

    /** Every reply so far, waiting at most {@code atMost} for those still out. */
    public List<Reply> replies(Duration atMost) {
        return replies.stream().map(reply -> reply.orTimeout(atMost.toMillis(), TimeUnit.MILLISECONDS).join())
                .toList();
    }

    /** Milliseconds since this driver was created. */
    public long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private CompletableFuture<Reply> send(String body) {
        long sentAt = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(checkout)
                .header("Content-Type", "application/json")
                .timeout(requestTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> new Reply((sentAt - started) / 1_000_000,
                        failure == null ? response.statusCode() : -1,
                        failure == null ? response.body() : String.valueOf(failure),
                        (System.nanoTime() - sentAt) / 1_000_000));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        clientThreads.shutdownNow();
    }
}
