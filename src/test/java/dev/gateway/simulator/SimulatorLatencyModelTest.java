package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatorLatencyModelTest {

    private static final int SAMPLES = 50_000;

    @Test
    void drawsTheConfiguredMedianAndNinetyNinthPercentile() {
        LatencyModel model = new LatencyModel(Duration.ofMillis(20), Duration.ofMillis(40));
        SplittableRandom random = new SplittableRandom(42);

        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            millis[i] = model.sample(random).toNanos() / 1e6;
        }
        Arrays.sort(millis);

        assertEquals(20, millis[SAMPLES / 2], 1.0);
        assertEquals(40, millis[SAMPLES * 99 / 100], 2.5);
    }

    @Test
    void drawsAConstantWhenTheNinetyNinthPercentileEqualsTheMedian() {
        LatencyModel model = new LatencyModel(Duration.ofMillis(35), Duration.ofMillis(35));
        SplittableRandom random = new SplittableRandom(7);

        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ofMillis(35), model.sample(random));
        }
    }

    @Test
    void refusesANinetyNinthPercentileBelowTheMedian() {
        assertThrows(IllegalArgumentException.class,
                () -> new LatencyModel(Duration.ofMillis(20), Duration.ofMillis(10)));
    }
}
