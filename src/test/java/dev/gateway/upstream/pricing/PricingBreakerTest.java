package dev.gateway.upstream.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.OpenLoad;
import dev.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * Pricing's breaker in the test profile: a window of 4 calls, opens at 50% failures, stays open
 * 1s, then lets 2 probes through. The retry budget starts empty, so these checkouts make no
 * retries and every checkout is exactly one pricing call.
 */
@QuarkusTest
class PricingBreakerTest extends GatewayTest {

    @Inject
    PricingClient pricing;

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @Test
    void opensAfterFourFailuresAndRejectsWithoutCallingPricingWhileOpen() {
        Stubs.pricing(aResponse().withStatus(503));

        for (int i = 0; i < 4; i++) {
            checkout(cart()).then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, pricing.guard().breakerState());

        for (int i = 0; i < 10; i++) {
            checkout(cart()).then().statusCode(503);
        }
        // 4 checkouts reached pricing; the 10 after the breaker opened did not.
        assertEquals(4, Stubs.hits("pricing"));
    }

    @Test
    void neverOpensOnUnknownSkuAnswers() {
        Stubs.pricing(Stubs.json(422, "{\"unknown\":[\"SKU-031337\"]}"));

        for (int i = 0; i < 8; i++) {
            checkout(cart()).then().statusCode(422);
        }
        assertEquals(CircuitBreakerState.CLOSED, pricing.guard().breakerState());
        assertEquals(8, Stubs.hits("pricing"));
    }

    @Test
    void neverOpensOnOtherClientErrors() {
        Stubs.pricing(aResponse().withStatus(429));

        for (int i = 0; i < 8; i++) {
            checkout(cart()).then().statusCode(503);
        }

        assertEquals(CircuitBreakerState.CLOSED, pricing.guard().breakerState());
        assertEquals(8, Stubs.hits("pricing"));
    }

    @Test
    void neverOpensWhenCallersTinyBudgetsCutCallsShort() {
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")).withFixedDelay(100));

        for (int i = 0; i < 8; i++) {
            io.restassured.RestAssured.given().contentType("application/json").header("X-Request-Timeout-Ms", "20")
                    .body(cart()).post("/checkout").then().statusCode(504);
        }

        // The callers' haste says nothing about pricing's health.
        assertEquals(CircuitBreakerState.CLOSED, pricing.guard().breakerState());
        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live"));
    }

    @Test
    void closesAfterTwoSuccessfulProbesOncePricingRecovers() {
        openTheBreaker();
        healthyUpstreams();

        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live")));
        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live"));

        assertEquals(CircuitBreakerState.CLOSED, pricing.guard().breakerState());
        // 4 calls opened it, then exactly the 2 probes: polls while it was open never reached pricing.
        assertEquals(4 + 2, Stubs.hits("pricing"));
    }

    @Test
    void letsOnlyTheConfiguredProbesThroughWhileHalfOpen() {
        openTheBreaker();
        Stubs.reset();
        healthyUpstreams();
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")).withFixedDelay(100));
        await().atMost(Duration.ofSeconds(3)).until(() -> openedLongEnoughAgo());

        List<Integer> statuses = concurrentCheckouts(6);

        // Of 6 checkouts arriving together after the open delay, only the 2 probes reach pricing.
        assertEquals(2, Stubs.hits("pricing"), "statuses " + statuses);
    }

    private boolean openedLongEnoughAgo() {
        // The breaker moves to half-open lazily, on the first call after its open delay.
        return Stubs.hits("pricing") == 0 && System.nanoTime() - openedAt > Duration.ofMillis(1100).toNanos();
    }

    private long openedAt;

    private void openTheBreaker() {
        Stubs.pricing(aResponse().withStatus(503));
        for (int i = 0; i < 4; i++) {
            checkout(cart()).then().statusCode(503);
        }
        openedAt = System.nanoTime();
        assertEquals(CircuitBreakerState.OPEN, pricing.guard().breakerState());
    }

    private List<Integer> concurrentCheckouts(int count) {
        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            load.burst(count, n -> cart());
            return load.replies(Duration.ofSeconds(5)).stream().map(OpenLoad.Reply::status).toList();
        }
    }
}
