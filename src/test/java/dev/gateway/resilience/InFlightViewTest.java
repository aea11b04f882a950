package dev.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.gateway.checkout.BurstProfile;
import dev.gateway.simulator.SimulatorLauncher;
import dev.gateway.support.OpenLoad;
import dev.gateway.support.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The in-flight view finds every call waiting on a hung pricing, oldest first, with its age. */
@QuarkusTest
@TestProfile(InFlightViewTest.LongWaits.class)
class InFlightViewTest {

    /** The burst profile with calls that may wait 5s, so the view can be read while all still wait. */
    public static class LongWaits extends BurstProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
            config.put("checkout.budget", "6s");
            config.put("checkout.upstreams.pricing.timeout", "5s");
            config.put("quarkus.rest-client.pricing.read-timeout", "6000");
            return config;
        }
    }

    private static final int PENDING = 300;

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @TestHTTPResource(value = "in-flight", management = true)
    URL view;

    @Inject
    SimulatorLauncher simulator;

    @Inject
    UpstreamGuards guards;

    @Test
    void listsHundredsOfPendingCallsOldestFirstWithMatchingAges() {
        int pricingPort = simulator.port("pricing");
        SimulatorAdmin.faults(pricingPort, "{\"hang\":true}");
        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            long sentAt = System.nanoTime();
            load.burst(PENDING, InFlightViewTest::cart);
            await().atMost(Duration.ofSeconds(5)).until(() -> guards.forUpstream("pricing").inFlight().count()
                    == PENDING);

            given().get(view).then().statusCode(200);
            long readAt = System.nanoTime();
            JsonPath snapshot = given().get(view).then().statusCode(200).extract().jsonPath();
            // A figure to read, not a gate: the first read above also paid for the client's warm-up.
            long readMillis = (System.nanoTime() - readAt) / 1_000_000;
            long sinceSent = (System.nanoTime() - sentAt) / 1_000_000;

            Map<String, Object> pricing = snapshot.getMap("upstreams.find { it.upstream == 'pricing' }");
            List<Map<String, Object>> calls = snapshot.getList("upstreams.find { it.upstream == 'pricing' }.calls");
            System.out.printf("in-flight view: %d pricing calls listed in %dms, oldest %sms, newest %sms%n",
                    calls.size(), readMillis, calls.get(0).get("ageMs"), calls.get(calls.size() - 1).get("ageMs"));

            assertEquals(PENDING, calls.size());
            assertEquals("closed", pricing.get("breaker"));
            assertEquals(PENDING, ((Map<?, ?>) pricing.get("bulkhead")).get("inUse"));
            long previous = Long.MAX_VALUE;
            for (Map<String, Object> call : calls) {
                long age = ((Number) call.get("ageMs")).longValue();
                assertTrue(age <= previous, "oldest first");
                assertTrue(age >= 0 && age <= sinceSent, "age " + age + "ms of a call sent " + sinceSent + "ms ago");
                assertTrue(((String) call.get("checkoutId")).matches("[0-9a-f-]{36}"));
                previous = age;
            }
            load.replies(Duration.ofSeconds(10));
        } finally {
            SimulatorAdmin.heal(pricingPort);
        }
    }

    private static String cart(int n) {
        return """
                {"userId":"u-%d","items":[{"sku":"SKU-%06d","quantity":1}]}""".formatted(n, n % 1000 + 1);
    }
}
