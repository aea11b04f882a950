package dev.gateway.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedCapacityTest {

    private static final Duration SERVICE_TIME = Duration.ofMillis(300);
    private static final Duration LONG_SERVICE_TIME = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(3);

    private UpstreamUnderTest profile;

    @AfterEach
    void stopProfile() {
        profile.close();
    }

    @Test
    void servesAtMostCapacityAtOnceAndQueuesTheRest() {
        startWithServiceTime(2, SERVICE_TIME);

        List<CompletableFuture<UpstreamUnderTest.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(profile.getAsync("/profiles/u-" + i));
        }
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(2, 4));
        List<Long> elapsedMillis = calls.stream()
                .map(CompletableFuture::join)
                .map(reply -> reply.elapsed().toMillis())
                .sorted()
                .toList();

        // 6 calls through 2 slots are 3 rounds of one service time each: the last two end after about 3 of them
        assertEquals(2, profile.stats().maxInFlight());
        assertEquals(6, profile.stats().completed());
        assertTrue(elapsedMillis.get(1) >= 280, "first round ended after " + elapsedMillis);
        assertTrue(elapsedMillis.get(2) >= 580, "second round ended after " + elapsedMillis);
        assertTrue(elapsedMillis.get(5) >= 880 && elapsedMillis.get(5) < 2_500, "last round ended after "
                + elapsedMillis);
    }

    @Test
    void servesWaitingCallsInArrivalOrder() {
        startWithServiceTime(1, SERVICE_TIME);

        // each call is sent only once the previous one has arrived, well within the first call's service time
        List<CompletableFuture<Long>> doneAt = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            doneAt.add(profile.getAsync("/profiles/u-" + i).thenApply(reply -> System.nanoTime()));
            int arrived = i;
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).atMost(SERVICE_TIME)
                    .until(() -> profile.stats().received() == arrived);
        }
        List<Long> times = doneAt.stream().map(CompletableFuture::join).toList();

        assertTrue(times.get(0) < times.get(1) && times.get(1) < times.get(2), "completion order " + times);
    }

    @Test
    void givesTheSlotToTheNextCallAtOnceWhenTheServedCallerLeaves() throws IOException {
        startWithServiceTime(1, LONG_SERVICE_TIME);
        Socket served = profile.getAndKeepOpen("/profiles/u-1");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        Socket waiting = profile.getAndKeepOpen("/profiles/u-2");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 1));

        served.close();

        // far sooner than the service time the served call would have taken
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        assertEquals(1, profile.stats().closedByCaller());
        waiting.close();
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(0, 0));
        assertEquals(2, profile.stats().closedByCaller());
        assertEquals(0, profile.stats().completed());
    }

    @Test
    void keepsServingAnAbandonedCallWhenSetToFinishThem() throws IOException {
        profile = UpstreamUnderTest.startFinishingAbandonedCalls(Upstream.PROFILE, 1);
        profile.upstream().faults().inject(new FaultSettings(Optional.of(Duration.ofMillis(1500)), 0, 503, false));
        Socket served = profile.getAndKeepOpen("/profiles/u-1");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        Socket waiting = profile.getAndKeepOpen("/profiles/u-2");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 1));

        served.close();

        // The hang-up is counted, but the slot stays taken until the abandoned call's service ends.
        await().atMost(WAIT).until(() -> profile.stats().closedByCaller() == 1);
        assertInFlightAndQueued(1, 1);
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        assertEquals(1, profile.stats().completed());
        waiting.close();
    }

    @Test
    void dropsAWaitingCallFromTheLineWhenItsCallerLeaves() throws IOException {
        startWithServiceTime(1, LONG_SERVICE_TIME);
        Socket served = profile.getAndKeepOpen("/profiles/u-1");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        Socket waiting = profile.getAndKeepOpen("/profiles/u-2");
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 1));

        waiting.close();

        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(1, 0));
        assertEquals(1, profile.stats().closedByCaller());
        served.close();

        // the freed slot must not go to the caller that already left
        await().atMost(WAIT).untilAsserted(() -> assertInFlightAndQueued(0, 0));
        assertEquals(2, profile.stats().closedByCaller());
    }

    @Test
    void holdsThousandsOfWaitingCallsWithoutBlockingAThread() throws IOException {
        startWithServiceTime(4, LONG_SERVICE_TIME);
        List<Socket> callers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            callers.add(profile.getAndKeepOpen("/profiles/u-" + i));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertInFlightAndQueued(4, 1_996));

        // the admin endpoint shares the event loop: it answers at once only if nothing blocks that thread
        UpstreamUnderTest.Reply stats = profile.get("/sim/stats");
        for (Socket caller : callers) {
            caller.close();
        }

        assertTrue(stats.elapsed().toMillis() < 1_000, "admin answered after " + stats.elapsed().toMillis() + "ms");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertInFlightAndQueued(0, 0));
        assertEquals(2_000, profile.stats().closedByCaller());
    }

    private void startWithServiceTime(int capacity, Duration serviceTime) {
        profile = UpstreamUnderTest.start(Upstream.PROFILE, capacity);
        profile.upstream().faults().inject(new FaultSettings(Optional.of(serviceTime), 0, 503, false));
    }

    private void assertInFlightAndQueued(long inFlight, long queued) {
        UpstreamStats.Snapshot stats = profile.stats();
        assertEquals(inFlight, stats.inFlight(), "in flight");
        assertEquals(queued, stats.queued(), "queued");
    }
}
