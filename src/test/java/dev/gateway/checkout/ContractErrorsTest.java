package dev.gateway.checkout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Each error status of the contract, caused by the upstream answer that should cause it. */
@QuarkusTest
class ContractErrorsTest extends GatewayTest {

    @Test
    void answers409ListingTheSkusInventoryCannotSupply() {
        Stubs.inventory(Stubs.stock(Map.of(SKU_A, true, SKU_B, false)));

        checkout(cart()).then().statusCode(409)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("type", endsWith("/items-unavailable"))
                .body("unavailable", contains(SKU_B));
    }

    @Test
    void answers422ListingUnknownSkusWithoutRetryOrFallback() {
        warmPricesAndRetryBudget();
        Stubs.reset();
        healthyUpstreams();
        Stubs.pricing(Stubs.json(422, "{\"unknown\":[\"SKU-031337\"]}"));

        checkout(cart()).then().statusCode(422)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("type", endsWith("/unknown-sku"))
                .body("unknown", contains(SKU_B));
        // One checkout, one attempt: a 4xx is an answer, not a failure to retry or replace.
        assertEquals(1, Stubs.hits("pricing"));
    }

    @Test
    void answers503WhenPricingFailsAndNoPriceIsCached() {
        Stubs.pricing(aResponse().withStatus(500).withBody("java.lang.IllegalStateException at Pricing.java:42"));

        checkout(cart()).then().statusCode(503)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .header("Retry-After", equalTo("5"))
                .body("type", endsWith("/pricing-unavailable"))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void answers503WhenInventoryFailsEvenWithEverythingElseHealthy() {
        Stubs.inventory(aResponse().withStatus(503));

        checkout(cart()).then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("type", endsWith("/inventory-unavailable"));
    }

    @Test
    void treatsAnUnknownUserAsAGuestWithoutDegrading() {
        Stubs.profile(Stubs.json(404, "{}"));

        checkout(cart()).then().statusCode(200)
                .header(CheckoutResource.DEGRADED_HEADER, nullValue())
                .body("customer.userId", equalTo(USER))
                .body("customer.tier", equalTo("guest"))
                .body("customer.name", nullValue())
                .body("degraded", emptyIterable());
    }

    @Test
    void replacesAFailingProfileWithAGuestAndSaysSo() {
        Stubs.profile(aResponse().withStatus(500));

        checkout(cart()).then().statusCode(200)
                .header(CheckoutResource.DEGRADED_HEADER, equalTo("profile"))
                .body("customer.tier", equalTo("guest"))
                .body("degraded", contains("profile"))
                .body("priceSource", equalTo("live"));
    }

    @Test
    void answers504WhenTheCallersBudgetRunsOutBeforeInventoryAnswers() {
        Stubs.inventory(Stubs.stock(Map.of(SKU_A, true, SKU_B, true)).withFixedDelay(400));

        RestAssured.given().contentType("application/json").header("X-Request-Timeout-Ms", "100")
                .body(cart()).post("/checkout")
                .then().statusCode(504)
                .contentType(ProblemMapper.PROBLEM_JSON)
                .body("type", endsWith("/deadline-exceeded"));
    }

    @Test
    void takesTheSmallestOfRepeatedBudgets() {
        Stubs.inventory(Stubs.stock(Map.of(SKU_A, true, SKU_B, true)).withFixedDelay(400));

        RestAssured.given().contentType("application/json")
                .header("X-Request-Timeout-Ms", "5000").header("X-Request-Timeout-Ms", "100")
                .body(cart()).post("/checkout")
                .then().statusCode(504);
    }

    @Test
    void capsABudgetTooLargeToMatterAtItsOwn() {
        RestAssured.given().contentType("application/json").header("X-Request-Timeout-Ms", "99999999999999999999")
                .body(cart()).post("/checkout")
                .then().statusCode(200);
    }

    @Test
    void answers504AtOnceForABudgetAlreadySpent() {
        RestAssured.given().contentType("application/json").header("X-Request-Timeout-Ms", "0")
                .body(cart()).post("/checkout")
                .then().statusCode(504);
        assertEquals(0, Stubs.hits("pricing"));
    }

    @Test
    void forwardsTheRemainingBudgetToEveryUpstream() {
        checkout(cart()).then().statusCode(200);

        for (String upstream : new String[] {"pricing", "inventory", "profile"}) {
            String forwarded = Stubs.wm().findAll(Stubs.pattern(upstream)).get(0).getHeader("X-Request-Timeout-Ms");
            long millis = Long.parseLong(forwarded);
            // The per-attempt timeout of the test profile caps what an upstream is given.
            org.junit.jupiter.api.Assertions.assertTrue(millis > 0 && millis <= 200, upstream + ": " + millis);
        }
    }

    private static void warmPricesAndRetryBudget() {
        for (int i = 0; i < 20; i++) {
            checkout(cart()).then().statusCode(200);
        }
    }
}
