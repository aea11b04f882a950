package dev.gateway.upstream.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.gateway.checkout.CheckoutResource;
import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;

/** Pricing's fallback: the last known good prices, filled only by live quotes that came in time. */
@QuarkusTest
class PricingFallbackTest extends GatewayTest {

    @Test
    void servesLastKnownPricesWhenPricingFails() {
        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live"));
        Stubs.pricing(aResponse().withStatus(503));

        checkout(cart()).then().statusCode(200)
                .header(CheckoutResource.DEGRADED_HEADER, equalTo("pricing"))
                .body("priceSource", equalTo("cached"))
                .body("degraded", contains("pricing"))
                .body("lines[0].unitPrice", equalTo("12.50"))
                .body("total", equalTo("25.10"));
    }

    @Test
    void servesLastKnownPricesWhenTheConnectionBreaks() {
        checkout(cart()).then().statusCode(200);
        Stubs.pricing(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("cached"));
    }

    @Test
    void answers503WhenAnySkuOfTheCartHasNoCachedPrice() {
        checkout(cart()).then().statusCode(200);
        Stubs.pricing(aResponse().withStatus(503));
        Stubs.inventory(Stubs.stock(Map.of(SKU_A, true, "SKU-000999", true)));
        String otherCart = """
                {"userId":"u-1042","items":[{"sku":"SKU-000017","quantity":1},{"sku":"SKU-000999","quantity":1}]}""";

        checkout(otherCart).then().statusCode(503).body("type", endsWith("/pricing-unavailable"));
    }

    @Test
    void neverCachesAFailure() {
        Stubs.pricing(aResponse().withStatus(500));
        checkout(cart()).then().statusCode(503);

        checkout(cart()).then().statusCode(503).body("type", endsWith("/pricing-unavailable"));
    }

    @Test
    void keepsPricesPerCurrency() {
        checkout(cart()).then().statusCode(200);
        Stubs.pricing(aResponse().withStatus(503));

        checkout(cart().replace("\"USD\"", "\"EUR\"")).then().statusCode(503);
    }

    @Test
    void neverAppliesALateReplyToTheCache() {
        checkout(cart()).then().statusCode(200).body("lines[0].unitPrice", equalTo("12.50"));
        // Pricing now answers new prices, but only after the per-call timeout.
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "99.99", SKU_B, "0.10")).withFixedDelay(600));

        checkout(cart()).then().statusCode(200)
                .body("priceSource", equalTo("cached"))
                .body("lines[0].unitPrice", equalTo("12.50"));

        Stubs.pricing(aResponse().withStatus(503));
        // Throughout and well past the moment the late reply would have landed, the cache holds 12.50.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                checkout(cart()).then().statusCode(200).body("lines[0].unitPrice", equalTo("12.50")));
    }

    @Test
    void fallsBackWithinThePerCallTimeoutWhenPricingIsSlow() {
        checkout(cart()).then().statusCode(200);
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")).withFixedDelay(2800));

        long started = System.nanoTime();
        checkout(cart()).then().statusCode(200).body("priceSource", equalTo("cached"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        // The test profile's per-call timeout is 200ms; the checkout's budget is 1000ms.
        org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 1000, "took " + tookMillis + "ms");
        assertEquals(2, Stubs.hits("pricing"));
    }
}
