package dev.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.upstream.pricing.LastKnownPrices;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.response.Response;

/**
 * What every gateway test starts from: healthy stubbed upstreams, closed breakers, empty retry
 * budgets, no logged requests. The first test of a JVM also warms the REST clients once, so
 * that class loading is not mistaken for a slow upstream.
 */
@QuarkusTestResource(value = UpstreamStubs.class, restrictToAnnotatedClass = false)
public abstract class GatewayTest {

    public static final String USER = "u-1042";
    public static final String SKU_A = "SKU-000017";
    public static final String SKU_B = "SKU-031337";

    private static boolean warm;

    @Inject
    protected UpstreamGuards guards;

    @Inject
    @CacheName(LastKnownPrices.NAME)
    Cache lastKnownPrices;

    @BeforeEach
    void startFromHealthyUpstreams() {
        healthyUpstreams();
        if (!warm) {
            for (int i = 0; i < 3; i++) {
                checkout(cart());
            }
            warm = true;
        }
        Stubs.reset();
        healthyUpstreams();
        guards.resetAll();
        lastKnownPrices.invalidateAll().await().indefinitely();
    }

    protected static void healthyUpstreams() {
        Stubs.pricing(Stubs.prices("USD", Map.of(SKU_A, "12.50", SKU_B, "0.10")));
        Stubs.inventory(Stubs.stock(Map.of(SKU_A, true, SKU_B, true)));
        Stubs.profile(Stubs.profile(USER, "Ada", "gold"));
    }

    /** The cart of the contract's example. */
    protected static String cart() {
        return """
                {"userId":"u-1042","currency":"USD","items":[
                  {"sku":"SKU-000017","quantity":2},{"sku":"SKU-031337","quantity":1}]}""";
    }

    protected static Response checkout(String body) {
        return given().contentType("application/json").body(body).when().post("/checkout");
    }
}
