package dev.gateway.upstream.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Pricing's retries: at most 2, exponential backoff from 100ms plus up to 50% jitter, only on
 * failures (not on 4xx, not on timeouts), and only while the budget allows: every call earns a
 * tenth of a retry and the budget starts empty.
 */
@QuarkusTest
@TestProfile(RetryProfile.class)
class PricingRetryTest extends GatewayTest {

    @Test
    void retriesAFailedCallOnceTheBudgetHasEarnedIt() {
        earnRetries(2);
        Stubs.wm().stubFor(Stubs.quote().inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        Stubs.wm().stubFor(Stubs.quote().inScenario("blip").whenScenarioStateIs("recovered")
                .willReturn(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10"))));

        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live"));

        // One checkout: the failed attempt plus one retry.
        assertEquals(1 + 1, Stubs.hits("pricing"));
    }

    @Test
    void retriesAtMostTwice() {
        earnRetries(5);
        Stubs.pricing(aResponse().withStatus(503));

        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("cached"));

        assertEquals(1 + 2, Stubs.hits("pricing"));
    }

    @Test
    void refusesToRetryWhenTheBudgetIsEmpty() {
        Stubs.pricing(aResponse().withStatus(503));

        checkout(cart()).then().statusCode(503);

        assertEquals(1, Stubs.hits("pricing"));
    }

    @Test
    void neverRetriesATimedOutCall() {
        earnRetries(5);
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")).withFixedDelay(600));

        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("cached"));

        assertEquals(1, Stubs.hits("pricing"));
    }

    @Test
    void neverRetriesAnUnknownSkuAnswer() {
        earnRetries(5);
        Stubs.pricing(Stubs.json(422, "{\"unknown\":[\"SKU-031337\"]}"));

        checkout(cart()).then().statusCode(422);

        assertEquals(1, Stubs.hits("pricing"));
    }

    @Test
    void neverRetriesAnyOtherClientError() {
        earnRetries(5);
        Stubs.pricing(aResponse().withStatus(400));

        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("cached"));

        assertEquals(1, Stubs.hits("pricing"));
    }

    @Test
    void spacesRetriesWithExponentialBackoffAndJitter() {
        earnRetries(5);
        Stubs.pricing(aResponse().withStatus(503));

        checkout(cart()).then().statusCode(200);

        List<Long> arrivals = Stubs.wm().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(Stubs.QUOTE))
                .map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime())
                .sorted(Comparator.naturalOrder())
                .toList();
        assertEquals(3, arrivals.size());
        long first = arrivals.get(1) - arrivals.get(0);
        long second = arrivals.get(2) - arrivals.get(1);
        // 100ms x (1 + up to 0.5), then 200ms x (1 + up to 0.5); 80ms slack for scheduling.
        assertTrue(first >= 100 && first <= 150 + 80, "first gap " + first + "ms");
        assertTrue(second >= 200 && second <= 300 + 80, "second gap " + second + "ms");
    }

    @Test
    void retriesAddAtMostTenPercentToPricingsCalls() {
        Stubs.pricing(aResponse().withStatus(503));

        for (int i = 0; i < 100; i++) {
            checkout(cart()).then().statusCode(503);
        }

        int hits = Stubs.hits("pricing");
        // 100 checkouts earn 100 x 0.1 = 10 retries at the most, whatever fails.
        assertTrue(hits > 100 && hits <= 110, "pricing received " + hits + " calls for 100 checkouts");
    }

    /** Successful checkouts, each earning a tenth of a retry; then a clean request log. */
    private static void earnRetries(int retries) {
        for (int i = 0; i < retries * 10; i++) {
            checkout(cart()).then().statusCode(200);
        }
        Stubs.wm().resetRequests();
    }
}
