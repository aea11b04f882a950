package dev.gateway.upstream.pricing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Pricing's breaker made too wide to open, so that retries alone decide the hit counts. */
public class RetryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("checkout.upstreams.pricing.breaker.window", "1000");
    }
}
