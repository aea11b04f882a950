package dev.gateway.checkout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.simulator.SimulatorLauncher;
import dev.gateway.simulator.UpstreamStats;
import dev.gateway.support.OpenLoad;
import dev.gateway.support.OpenLoad.Reply;
import dev.gateway.support.SimulatedUpstreamsProfile;
import dev.gateway.support.SimulatorAdmin;
import dev.gateway.upstream.pricing.PricingClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The afternoon this gateway exists for, replayed against the simulated upstreams: checkouts keep
 * arriving on schedule while pricing turns 2.8s slow, then recovers. Test profile: 1000ms budget
 * per checkout, 400ms per upstream call, breaker window 20 open for 1s with 2 probes.
 */
@QuarkusTest
@TestProfile(SimulatedUpstreamsProfile.class)
class IncidentReplayTest {

    private static final int PER_SECOND = 40;
    private static final int CARTS = 20;
    private static final long BUDGET_MILLIS = 1000;
    private static final long MARGIN_MILLIS = 300;

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @Inject
    SimulatorLauncher simulator;

    @Inject
    PricingClient pricing;

    @Inject
    UpstreamGuards guards;

    @Test
    void survivesPricingTurningSlowAndComesBackLiveWhenItRecovers() {
        int pricingPort = simulator.port("pricing");
        UpstreamStats pricingStats = simulator.stats("pricing");
        warmUp();
        long pricingCallsBefore = pricingStats.snapshot().received();

        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            load.run(PER_SECOND, Duration.ofSeconds(2), IncidentReplayTest::cart);
            List<Reply> baseline = load.replies(Duration.ofSeconds(5));
            assertTrue(baseline.stream().allMatch(reply -> reply.status() == 200), statuses(baseline));

            SimulatorAdmin.faults(pricingPort, "{\"latency\":\"2800ms\"}");
            long slowFrom = load.elapsedMillis();
            CompletableFuture<Void> slowPhase = CompletableFuture.runAsync(
                    () -> load.run(PER_SECOND, Duration.ofSeconds(4), IncidentReplayTest::cart));
            await().atMost(Duration.ofSeconds(3)).until(() -> breaker() == CircuitBreakerState.OPEN);
            long whileOpen = pricingStats.snapshot().received();
            // Open means no calls at all: the count stays put for as long as the breaker stays open.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() ->
                    breaker() == CircuitBreakerState.OPEN && pricingStats.snapshot().received() == whileOpen);
            slowPhase.join();

            SimulatorAdmin.heal(pricingPort);
            long healedAt = load.elapsedMillis();
            CompletableFuture<Void> recovery = CompletableFuture.runAsync(
                    () -> load.run(PER_SECOND, Duration.ofSeconds(3), IncidentReplayTest::cart));
            recovery.join();
            await().atMost(Duration.ofSeconds(3)).until(() -> breaker() == CircuitBreakerState.CLOSED);

            List<Reply> all = load.replies(Duration.ofSeconds(5));
            List<Reply> slow = phase(all, reply -> reply.sentAtMillis() >= slowFrom
                    && reply.sentAtMillis() < healedAt);
            List<Reply> recovered = phase(all, reply -> reply.sentAtMillis() >= healedAt + 1500);
            long pricingCalls = pricingStats.snapshot().received() - pricingCallsBefore;
            report(baseline, slow, recovered, all.size(), pricingCalls, pricingStats);

            assertTrue(slow.stream().allMatch(reply -> reply.status() == 200 && reply.body().contains("\"cached\"")),
                    "every slow-phase checkout is served from cached prices: " + statuses(slow));
            assertTrue(maxMillis(all) <= BUDGET_MILLIS + MARGIN_MILLIS, "slowest reply " + maxMillis(all) + "ms");
            assertTrue(recovered.stream().allMatch(reply -> reply.body().contains("\"live\"")),
                    "live prices once pricing recovered: " + statuses(recovered));
            assertTrue(pricingCalls <= all.size() * 11 / 10,
                    pricingCalls + " pricing calls for " + all.size() + " checkouts");
            assertTrue(pricingStats.snapshot().closedByCaller() > 0, "timed-out calls were aborted on the wire");
            await().atMost(Duration.ofSeconds(2)).until(() -> pricingStats.snapshot().inFlight() == 0);
        } finally {
            SimulatorAdmin.heal(pricingPort);
        }
    }

    /** A fresh JVM answers its first calls slowly; the drill starts from a warm, reset gateway. */
    private void warmUp() {
        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            load.run(PER_SECOND, Duration.ofSeconds(2), IncidentReplayTest::cart);
            load.replies(Duration.ofSeconds(5));
        }
        guards.resetAll();
    }

    private CircuitBreakerState breaker() {
        return pricing.guard().breakerState();
    }

    /** Twenty carts of two catalog skus each, all in stock, for twenty users. */
    static String cart(int n) {
        int first = (n % CARTS) * 2 + 1;
        return """
                {"userId":"u-%d","items":[{"sku":"SKU-%06d","quantity":1},{"sku":"SKU-%06d","quantity":2}]}"""
                .formatted(n % CARTS, first, first + 1);
    }

    private static List<Reply> phase(List<Reply> replies, Predicate<Reply> inPhase) {
        return replies.stream().filter(inPhase).toList();
    }

    private static long maxMillis(List<Reply> replies) {
        return replies.stream().mapToLong(Reply::millis).max().orElse(0);
    }

    private static String statuses(List<Reply> replies) {
        return replies.stream().filter(reply -> reply.status() != 200 || !reply.body().contains("priceSource"))
                .limit(3).map(Reply::toString).toList() + " of " + replies.size();
    }

    private static void report(List<Reply> baseline, List<Reply> slow, List<Reply> recovered, int checkouts,
            long pricingCalls, UpstreamStats pricingStats) {
        System.out.printf("incident replay: %d checkouts, %d pricing calls (%.3f per checkout), closed by caller %d%n",
                checkouts, pricingCalls, (double) pricingCalls / checkouts, pricingStats.snapshot().closedByCaller());
        for (var phase : List.of(List.of("baseline", baseline), List.of("slow pricing", slow),
                List.of("recovered", recovered))) {
            @SuppressWarnings("unchecked")
            List<Reply> replies = (List<Reply>) phase.get(1);
            List<Long> millis = replies.stream().map(Reply::millis).sorted().toList();
            if (!millis.isEmpty()) {
                System.out.printf("  %-13s n=%d p50=%dms p99=%dms max=%dms%n", phase.get(0), millis.size(),
                        millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.99)),
                        millis.get(millis.size() - 1));
            }
        }
        assertEquals(checkouts, baseline.size() + slow.size() + recovered.size() + skipped(baseline, slow, recovered,
                checkouts));
    }

    private static int skipped(List<Reply> baseline, List<Reply> slow, List<Reply> recovered, int checkouts) {
        return checkouts - baseline.size() - slow.size() - recovered.size();
    }
}
