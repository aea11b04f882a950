package dev.gateway.upstream.pricing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Pricing's bulkhead shrunk to 2 calls at once and 1 waiting, with a per-call timeout long
 * enough that a test can line calls up before the first ones time out.
 */
public class BulkheadProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "checkout.upstreams.pricing.bulkhead.limit", "2",
                "checkout.upstreams.pricing.bulkhead.queue", "1",
                "checkout.upstreams.pricing.breaker.window", "1000",
                "checkout.upstreams.pricing.timeout", "800ms",
                "checkout.budget", "2000ms");
    }
}
