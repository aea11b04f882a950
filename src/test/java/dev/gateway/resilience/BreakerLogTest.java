package dev.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gateway.support.GatewayTest;
import dev.gateway.support.Stubs;
import io.quarkus.test.junit.QuarkusTest;

/** Breaker state changes are logged by us, once each: WARN on opening, INFO on half-open and closing. */
@QuarkusTest
class BreakerLogTest extends GatewayTest {

    private final Captured captured = new Captured();

    @BeforeEach
    void capture() {
        Logger.getLogger("dev.gateway.breaker").addHandler(captured);
    }

    @AfterEach
    void release() {
        Logger.getLogger("dev.gateway.breaker").removeHandler(captured);
    }

    @Test
    void logsOneWarningWhenPricingOpensAndOneInfoWhenItCloses() {
        Stubs.pricing(aResponse().withStatus(503));
        for (int i = 0; i < 8; i++) {
            checkout(cart()).then().statusCode(503);
        }
        healthyUpstreams();
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                checkout(cart()).then().statusCode(200).body("priceSource", equalTo("live")));
        checkout(cart()).then().statusCode(200);

        List<LogRecord> pricing = captured.about("'pricing'");
        List<LogRecord> warnings = pricing.stream()
                .filter(r -> r.getLevel().intValue() == Level.WARNING.intValue()).toList();
        List<LogRecord> closed = pricing.stream().filter(r -> r.getMessage().contains(" closed")).toList();
        assertEquals(1, warnings.size(), "warnings " + messages(warnings));
        assertEquals(1, closed.size(), "closings " + messages(closed));
        assertEquals(Level.INFO.intValue(), closed.get(0).getLevel().intValue());
        // The observed figure stands next to the limit it crossed.
        assertTrue(warnings.get(0).getMessage().contains("failures 4 of last 4 calls vs ratio 0.5 of 4 calls"),
                warnings.get(0).getMessage());
    }

    private static List<String> messages(List<LogRecord> records) {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    /** Formatted messages of the breaker logger. */
    private static final class Captured extends Handler {

        private final List<LogRecord> records = new CopyOnWriteArrayList<>();

        List<LogRecord> about(String upstream) {
            return records.stream().filter(r -> r.getMessage().contains(upstream)).toList();
        }

        @Override
        public void publish(LogRecord record) {
            LogRecord formatted = new LogRecord(record.getLevel(), formatted(record));
            records.add(formatted);
        }

        private static String formatted(LogRecord record) {
            Object[] parameters = record.getParameters();
            String message = record.getMessage();
            return parameters == null ? message : String.format(message, parameters);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
