package dev.gateway.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedFaultsTest {

    private static final String FAULTS = "/sim/faults";
    private static final String CALL = "/profiles/u-7";
    private static final Duration WAIT = Duration.ofSeconds(3);

    private UpstreamUnderTest profile;

    @BeforeEach
    void startProfile() {
        profile = UpstreamUnderTest.start(Upstream.PROFILE, 1);
    }

    @AfterEach
    void stopProfile() {
        profile.close();
    }

    @Test
    void replacesTheServiceTimeWithAnInjectedLatency() {
        UpstreamUnderTest.Reply injected = profile.put(FAULTS, "{\"latency\": \"400ms\"}");

        UpstreamUnderTest.Reply reply = profile.get(CALL);

        assertEquals(200, injected.status());
        assertEquals("400ms", profile.get(FAULTS).body().getString("latency"));
        assertEquals(200, reply.status());
        assertTrue(reply.elapsed().toMillis() >= 400 && reply.elapsed().toMillis() < 2_000,
                "answered after " + reply.elapsed().toMillis() + "ms");
    }

    @Test
    void failsEveryCallWithServiceUnavailableAtErrorRateOne() {
        profile.put(FAULTS, "{\"errorRate\": 1.0}");

        for (int i = 0; i < 5; i++) {
            UpstreamUnderTest.Reply reply = profile.get(CALL);
            assertEquals(503, reply.status());
            assertTrue(reply.body().containsKey("error"));
        }

        assertEquals(5, profile.stats().completed());
    }

    @Test
    void failsWithTheInjectedStatus() {
        profile.put(FAULTS, "{\"errorRate\": 1, \"errorStatus\": 500}");

        assertEquals(500, profile.get(CALL).status());
    }

    @Test
    void holdsAHungCallWithoutASlotUntilItsCallerLeaves() throws IOException {
        profile.put(FAULTS, "{\"hang\": true}");
        Socket first = profile.getAndKeepOpen(CALL);
        Socket second = profile.getAndKeepOpen(CALL);
        await().atMost(WAIT).until(() -> profile.stats().inFlight() == 2);

        // capacity is one slot: the healthy call is served at once only if the hung calls hold none
        profile.delete(FAULTS);
        UpstreamUnderTest.Reply healthy = profile.get(CALL);
        first.close();
        second.close();

        assertEquals(200, healthy.status());
        assertEquals(0, profile.stats().queued());
        await().atMost(WAIT).until(() -> profile.stats().closedByCaller() == 2);
        assertEquals(0, profile.stats().inFlight());
        assertEquals(1, profile.stats().completed());
    }

    @Test
    void restoresHealthOnDelete() {
        profile.put(FAULTS, "{\"latency\": \"3s\", \"errorRate\": 1, \"errorStatus\": 502, \"hang\": false}");

        UpstreamUnderTest.Reply cleared = profile.delete(FAULTS);
        UpstreamUnderTest.Reply reply = profile.get(CALL);

        assertEquals(FaultSettings.HEALTHY.toJson(), cleared.body());
        assertEquals(200, reply.status());
        assertTrue(reply.elapsed().toMillis() < 2_000, "answered after " + reply.elapsed().toMillis() + "ms");
    }

    @Test
    void rejectsBadFaultsWithAMessageAndKeepsTheOldOnes() {
        profile.put(FAULTS, "{\"errorRate\": 0.25}");

        assertRejected("not json");
        assertRejected("[1]");
        assertRejected("{\"errorRate\": 1.5}");
        assertRejected("{\"errorRate\": \"half\"}");
        assertRejected("{\"errorStatus\": 200}");
        assertRejected("{\"latency\": 100}");
        assertRejected("{\"latency\": \"soon\"}");
        assertRejected("{\"hang\": \"yes\"}");
        assertRejected("{\"error_rate\": 0.5}");

        assertEquals(0.25, profile.upstream().faults().current().errorRate());
        assertEquals(0, profile.stats().received());
    }

    @Test
    void showsTheFaultsInForce() {
        profile.upstream().faults().inject(FaultSettings.fromJson(new JsonObject().put("errorRate", 0.5)));

        JsonObject shown = profile.get(FAULTS).body();

        assertEquals(new JsonObject().putNull("latency").put("errorRate", 0.5).put("errorStatus", 503)
                .put("hang", false), shown);
    }

    private void assertRejected(String body) {
        UpstreamUnderTest.Reply reply = profile.put(FAULTS, body);

        assertEquals(400, reply.status(), body);
        assertTrue(reply.body().getString("error", "").length() > 0, body);
    }
}
