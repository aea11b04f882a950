package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The config keys as an operator writes them, read the way Quarkus reads them (durations such as 20ms). */
class SimulatorConfigTest {

    @Test
    void defaultsToDisabledWithSixtyFourSlotsAndTwentyAndFortyMillis() {
        SimulatorConfig config = configOf(Map.of());

        assertFalse(config.enabled());
        assertEquals(OptionalInt.empty(), config.pricing().port());
        assertEquals(64, config.inventory().capacity());
        assertEquals(Duration.ofMillis(20), config.profile().medianLatency());
        assertEquals(Duration.ofMillis(40), config.profile().p99Latency());
    }

    @Test
    void readsOneKebabCaseSubtreePerUpstream() {
        SimulatorConfig config = configOf(Map.of(
                "simulator.enabled", "true",
                "simulator.pricing.port", "0",
                "simulator.inventory.capacity", "8",
                "simulator.profile.median-latency", "15ms",
                "simulator.profile.p99-latency", "1s"));

        assertTrue(config.enabled());
        assertEquals(OptionalInt.of(0), config.pricing().port());
        assertEquals(8, config.inventory().capacity());
        assertEquals(64, config.pricing().capacity());
        assertEquals(Duration.ofMillis(15), config.profile().medianLatency());
        assertEquals(Duration.ofSeconds(1), config.profile().p99Latency());
    }

    private static SimulatorConfig configOf(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SimulatorConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SimulatorConfig.class);
    }
}
