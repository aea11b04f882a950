package dev.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.gateway.simulator.SimulatorLauncher;
import dev.gateway.support.OpenLoad;
import dev.gateway.support.SimulatedUpstreamsProfile;
import dev.gateway.support.SimulatorAdmin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The metrics move as an operator needs them to when pricing turns slow, and their series count
 * does not grow with the users and skus passing through.
 */
@QuarkusTest
@TestProfile(UpstreamMetricsTest.SlowCalls.class)
class UpstreamMetricsTest {

    /** Calls may take 700ms, so a slow pricing lands above the 500ms bucket; the breaker opens after 4. */
    public static class SlowCalls extends SimulatedUpstreamsProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("checkout.budget", "2000ms");
            config.put("checkout.upstreams.pricing.timeout", "700ms");
            config.put("checkout.upstreams.pricing.breaker.window", "4");
            return config;
        }
    }

    private static final int USERS = 10_000;
    private static final int CARTS = 20;
    private static final int MAX_TAG_VALUES = 20;

    @TestHTTPResource("/checkout")
    URI checkoutUri;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    SimulatorLauncher simulator;

    @Inject
    UpstreamGuards guards;

    @Test
    void countsTimeoutsAndFallbacksAndFlipsTheBreakerStateWhenPricingIsSlow() {
        int pricingPort = simulator.port("pricing");
        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            warmUp(load);
            double fallbacksBefore = value("checkout_fallbacks_total{upstream=\"pricing\"}");

            SimulatorAdmin.faults(pricingPort, "{\"latency\":\"2800ms\"}");
            load.burst(6, UpstreamMetricsTest::cart);
            load.replies(Duration.ofSeconds(5));

            String timeouts = "checkout_upstream_call_seconds_%s{outcome=\"timeout\",upstream=\"pricing\"%s}";
            double timedOut = value(timeouts.formatted("count", ""));
            double underHalfASecond = value(timeouts.formatted("bucket", ",le=\"0.5\""));
            assertTrue(timedOut >= 4, "timeouts " + timedOut);
            assertEquals(0, underHalfASecond, "every timed-out call took longer than 500ms");
            assertTrue(value("checkout_fallbacks_total{upstream=\"pricing\"}") >= fallbacksBefore + 6);
            assertEquals(1, value("checkout_breaker_state{state=\"open\",upstream=\"pricing\"}"));
            assertEquals(0, value("checkout_breaker_state{state=\"closed\",upstream=\"pricing\"}"));
            assertTrue(value("checkout_requests_seconds_count{degraded=\"true\",status=\"2xx\"}") >= 6);
            assertTrue(value("cache_size{cache=\"last-known-prices\"}") >= CARTS, "prices held");
        } finally {
            SimulatorAdmin.heal(pricingPort);
            guards.resetAll();
        }
    }

    @Test
    void keepsTheSeriesCountFlatAcrossTenThousandUsers() {
        try (OpenLoad load = new OpenLoad(checkoutUri)) {
            warmUp(load);
            int before = series().size();

            for (int chunk = 0; chunk < USERS; chunk += 250) {
                int first = chunk;
                load.burst(250, n -> userCart(first + n));
                load.replies(Duration.ofSeconds(20));
            }
            List<String> after = series();

            System.out.printf("metrics: %d series before, %d after %d distinct users%n", before, after.size(), USERS);
            // A tag per user or sku would add thousands of series; words of a fixed vocabulary (a new
            // status class or outcome seen under load) add a few, so each tag's values are counted.
            Map<String, Set<String>> valuesByTag = tagValues(after);
            valuesByTag.forEach((tag, values) -> assertTrue(values.size() <= MAX_TAG_VALUES,
                    "tag " + tag + " has " + values.size() + " values: " + values));
            // A tag carrying the user or sku would add one series per user at least: 10,000.
            assertTrue(after.size() - before < USERS / 20, before + " -> " + after.size());
            assertTrue(after.stream().noneMatch(line -> line.contains("u-1") || line.contains("SKU-")),
                    "no user id or sku in any series");
        }
    }

    /** Every tag's distinct values across the series, but a histogram's bucket bound. */
    private static Map<String, Set<String>> tagValues(List<String> series) {
        Map<String, Set<String>> values = new HashMap<>();
        Matcher tag = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher("");
        for (String line : series) {
            tag.reset(line);
            while (tag.find()) {
                if (!tag.group(1).equals("le")) {
                    values.computeIfAbsent(tag.group(1), key -> new TreeSet<>()).add(tag.group(2));
                }
            }
        }
        return values;
    }

    private void warmUp(OpenLoad load) {
        load.run(40, Duration.ofSeconds(2), UpstreamMetricsTest::cart);
        load.replies(Duration.ofSeconds(5));
        guards.resetAll();
        load.run(20, Duration.ofSeconds(1), UpstreamMetricsTest::cart);
        load.replies(Duration.ofSeconds(5));
    }

    private List<String> series() {
        String scrape = given().get(metrics).then().statusCode(200).extract().asString();
        return scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }

    private double value(String series) {
        Pattern line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE);
        return await().atMost(Duration.ofSeconds(2)).until(() -> {
            Matcher found = line.matcher(given().get(metrics).then().extract().asString());
            return found.find() ? Double.parseDouble(found.group(1)) : null;
        }, v -> v != null);
    }

    private static String cart(int n) {
        int first = (n % CARTS) * 2 + 1;
        return """
                {"userId":"u-%d","items":[{"sku":"SKU-%06d","quantity":1},{"sku":"SKU-%06d","quantity":2}]}"""
                .formatted(n % CARTS, first, first + 1);
    }

    /** A cart of its own for every user: distinct users and skus, all of them priced live. */
    private static String userCart(int user) {
        return """
                {"userId":"u-%d","items":[{"sku":"SKU-%06d","quantity":1}]}""".formatted(user, user * 3 + 1);
    }
}
