package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedStatsTest {

    private static final String STATS = "/sim/stats";
    private static final String QUOTE = "/prices/quote";

    private UpstreamUnderTest pricing;

    @BeforeEach
    void startPricing() {
        pricing = UpstreamUnderTest.start(Upstream.PRICING, 4);
    }

    @AfterEach
    void stopPricing() {
        pricing.close();
    }

    @Test
    void countsEveryAnsweredCallWhateverItsStatus() {
        pricing.post(QUOTE, "{\"items\": [{\"sku\": \"SKU-000001\", \"quantity\": 1}]}");
        pricing.post(QUOTE, "{\"items\": [{\"sku\": \"SKU-999999\", \"quantity\": 1}]}");
        pricing.post(QUOTE, "broken");

        JsonObject stats = pricing.get(STATS).body();

        // three calls one after another: never more than one in flight
        assertEquals(counters(3, 0, 0, 3, 0, 1), stats);
    }

    @Test
    void leavesAdminCallsAndUnknownPathsUncounted() {
        pricing.get("/sim/faults");
        pricing.get(STATS);
        pricing.get("/prices/quote");
        pricing.get("/nowhere");

        assertEquals(counters(0, 0, 0, 0, 0, 0), pricing.get(STATS).body());
    }

    @Test
    void zeroesTheCountersOnDelete() {
        pricing.post(QUOTE, "{\"items\": [{\"sku\": \"SKU-000001\", \"quantity\": 1}]}");
        pricing.post(QUOTE, "{\"items\": [{\"sku\": \"SKU-000002\", \"quantity\": 1}]}");

        JsonObject afterDelete = pricing.delete(STATS).body();

        assertEquals(counters(0, 0, 0, 0, 0, 0), afterDelete);
        assertEquals(counters(0, 0, 0, 0, 0, 0), pricing.get(STATS).body());
    }

    private static JsonObject counters(
            long received, long inFlight, long queued, long completed, long closedByCaller, long maxInFlight) {
        return new UpstreamStats.Snapshot(received, inFlight, queued, completed, closedByCaller, maxInFlight)
                .toJson();
    }
}
