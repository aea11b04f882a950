package dev.gateway.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.simulator.SimulatorLauncher;
import dev.gateway.support.OpenLoad;
import dev.gateway.support.OpenLoad.Reply;
import dev.gateway.support.SimulatorAdmin;
import dev.gateway.upstream.pricing.PricingClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With pricing 2.8s slow and 300 checkouts in flight at once, all waiting on it, no thread parks:
 * the JVM's thread count stays where it was, Vert.x reports no blocked event loop, and every reply
 * comes within the checkout's budget (2000ms in {@link BurstProfile}).
 */
@QuarkusTest
@TestProfile(BurstProfile.class)
class NoParkedThreadsTest {

    private static final int IN_FLIGHT = 300;
    private static final long BUDGET_MILLIS = 2000;
    private static final long MARGIN_MILLIS = 500;
    private static final int THREAD_SLACK = 2;
    private static final int POOL_SLACK = 1;

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @Inject
    SimulatorLauncher simulator;

    @Inject
    UpstreamGuards guards;

    @Inject
    PricingClient pricing;

    @Test
    void keepsThreadCountFlatWithHundredsOfCheckoutsWaitingOnASlowPricing() throws Exception {
        int pricingPort = simulator.port("pricing");
        BlockedThreadWarnings blocked = BlockedThreadWarnings.watch();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sampler"));

        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            warmUp(load);
            SimulatorAdmin.faults(pricingPort, "{\"latency\":\"2800ms\"}");
            Set<String> namesBefore = threadNames();
            int before = namesBefore.size();
            AtomicInteger peak = new AtomicInteger(before);
            int poolsBefore = poolThreads(namesBefore);
            AtomicInteger poolsPeak = new AtomicInteger(poolsBefore);
            Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            sampler.scheduleAtFixedRate(() -> {
                Set<String> now = threadNames();
                seen.addAll(now);
                peak.accumulateAndGet(now.size(), Math::max);
                poolsPeak.accumulateAndGet(poolThreads(now), Math::max);
            }, 0, 20, TimeUnit.MILLISECONDS);

            OpenLoad burst = new OpenLoad(checkoutUri);
            burst.burst(IN_FLIGHT, IncidentReplayTest::cart);
            await().atMost(Duration.ofSeconds(5)).until(() -> pricing.guard().bulkheadTaken() >= IN_FLIGHT / 2);
            int waiting = pricing.guard().bulkheadTaken();
            List<Reply> replies = burst.replies(Duration.ofSeconds(10));
            burst.close();
            sampler.shutdown();

            Set<String> appeared = new TreeSet<>(seen);
            appeared.removeAll(namesBefore);
            long slowest = replies.stream().mapToLong(Reply::millis).max().orElse(0);
            System.out.printf("no parked threads: %d checkouts at once, threads before %d, peak %d,"
                    + " slowest reply %dms, new threads %s, pool threads %d -> %d, pricing calls waiting %d%n",
                    IN_FLIGHT, before, peak.get(), slowest, appeared, poolsBefore, poolsPeak.get(), waiting);

            assertEquals(IN_FLIGHT, replies.stream().filter(reply -> reply.body().contains("\"cached\"")).count(),
                    "every checkout answered from cached prices: " + replies.stream()
                            .filter(reply -> reply.status() != 200).limit(3).toList());
            assertTrue(slowest <= BUDGET_MILLIS + MARGIN_MILLIS, "slowest reply " + slowest + "ms");
            // A parked request would hold a thread of the event loop or worker pools: they must not grow.
            assertTrue(poolsPeak.get() <= poolsBefore + POOL_SLACK, "pool threads " + poolsBefore + " -> "
                    + poolsPeak.get());
            // The JVM as a whole, the test's own driver and sampler aside.
            assertTrue(peak.get() <= before + THREAD_SLACK, "threads " + before + " -> " + peak.get());
            assertEquals(List.of(), blocked.messages(), "Vert.x blocked-thread warnings");
        } finally {
            sampler.shutdownNow();
            guards.resetAll();
            blocked.stop();
            SimulatorAdmin.heal(pricingPort);
        }
    }

    /** Warms the JIT, spreads connections over every event loop and fills the price cache. */
    private void warmUp(OpenLoad load) {
        load.run(40, Duration.ofSeconds(2), IncidentReplayTest::cart);
        for (int round = 0; round < 3; round++) {
            load.burst(IN_FLIGHT, IncidentReplayTest::cart);
            load.replies(Duration.ofSeconds(10));
        }
        guards.resetAll();

        OpenLoad fill = new OpenLoad(checkoutUri);
        fill.run(20, Duration.ofSeconds(1), IncidentReplayTest::cart);
        List<Reply> filled = fill.replies(Duration.ofSeconds(5));
        fill.close();
        assertTrue(filled.stream().allMatch(reply -> reply.body().contains("\"live\"")), "cache filled: " + filled);
    }

    /** Threads of the pools a blocking request would hold: Vert.x event loops and workers, Quarkus' executor. */
    private static int poolThreads(Set<String> names) {
        return (int) names.stream().filter(name -> name.startsWith("vert.x-") || name.startsWith("executor-thread"))
                .count();
    }

    /** Live threads of the JVM but the test's own load driver, sampler and waits, by name. */
    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> !name.startsWith("load-") && !name.startsWith("HttpClient-")
                        && !name.equals("sampler") && !name.startsWith("awaitility"))
                .collect(Collectors.toSet());
    }

    /** Collects what Vert.x's blocked-thread checker logs. */
    private static final class BlockedThreadWarnings extends Handler {

        private static final String CHECKER = "io.vertx.core.impl.BlockedThreadChecker";
        private final List<String> messages = new CopyOnWriteArrayList<>();

        static BlockedThreadWarnings watch() {
            BlockedThreadWarnings handler = new BlockedThreadWarnings();
            Logger.getLogger(CHECKER).addHandler(handler);
            return handler;
        }

        List<String> messages() {
            return List.copyOf(messages);
        }

        void stop() {
            Logger.getLogger(CHECKER).removeHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
