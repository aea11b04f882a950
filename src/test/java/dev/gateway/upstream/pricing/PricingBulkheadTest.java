package dev.gateway.upstream.pricing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Pricing's bulkhead: 2 calls at once, 1 waiting, the rest rejected at once; slots free on timeout. */
@QuarkusTest
@TestProfile(BulkheadProfile.class)
class PricingBulkheadTest extends GatewayTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @Inject
    PricingClient pricing;

    @AfterEach
    void everyCallHasEnded() {
        await().atMost(Duration.ofSeconds(5)).until(() -> pricing.guard().bulkheadTaken() == 0);
    }

    @Test
    void rejectsAtOnceBeyondTheLimitAndTheQueue() {
        slowPricing(5000);

        CompletableFuture<HttpResponse<String>> first = send(null);
        CompletableFuture<HttpResponse<String>> second = send(null);
        await().atMost(Duration.ofSeconds(2)).until(() -> Stubs.hits("pricing") == 2);
        CompletableFuture<HttpResponse<String>> third = send(null);
        await().atMost(Duration.ofSeconds(2)).until(() -> pricing.guard().bulkheadTaken() == 3);

        HttpResponse<String> fourth = send(null).orTimeout(5, TimeUnit.SECONDS).join();

        // Turned away by the bulkhead, not timed out in it; with no cached price, a 503.
        assertEquals(503, fourth.statusCode());
        assertTrue(fourth.body().contains("pricing-unavailable"), fourth.body());
        assertTrue(fourth.body().contains("(rejected)"), fourth.body());
        first.orTimeout(5, TimeUnit.SECONDS).join();
        second.orTimeout(5, TimeUnit.SECONDS).join();
        third.orTimeout(5, TimeUnit.SECONDS).join();
        // Two ran, one waited and ran once a slot freed, one was turned away.
        assertEquals(3, Stubs.hits("pricing"));
    }

    @Test
    void freesTheSlotAsSoonAsTheCallTimesOut() {
        slowPricing(5000);

        send(null).orTimeout(5, TimeUnit.SECONDS).join();
        send(null).orTimeout(5, TimeUnit.SECONDS).join();
        send(null).orTimeout(5, TimeUnit.SECONDS).join();

        // Three checkouts one after another, each timing out after 800ms although pricing
        // would have answered after 5s: each found a free slot, so each reached pricing.
        assertEquals(3, Stubs.hits("pricing"));
    }

    @Test
    void neverStartsAWaitingCallWhoseCheckoutHasGivenUp() {
        slowPricing(5000);

        CompletableFuture<HttpResponse<String>> first = send(null);
        CompletableFuture<HttpResponse<String>> second = send(null);
        await().atMost(Duration.ofSeconds(2)).until(() -> pricing.guard().bulkheadTaken() == 2);
        // Waits in the queue with 100ms to live; the slots free only after the 800ms timeout.
        HttpResponse<String> waiting = send("100").orTimeout(5, TimeUnit.SECONDS).join();
        first.orTimeout(5, TimeUnit.SECONDS).join();
        second.orTimeout(5, TimeUnit.SECONDS).join();

        assertEquals(504, waiting.statusCode());
        // Long after both slots freed, pricing has still seen only the first two.
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3))
                .until(() -> Stubs.hits("pricing") == 2);
    }

    private static void slowPricing(int millis) {
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")).withFixedDelay(millis));
    }

    private CompletableFuture<HttpResponse<String>> send(String budgetMillis) {
        HttpRequest.Builder request = HttpRequest.newBuilder(checkoutUri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(cart()));
        if (budgetMillis != null) {
            request.header("X-Request-Timeout-Ms", budgetMillis);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
