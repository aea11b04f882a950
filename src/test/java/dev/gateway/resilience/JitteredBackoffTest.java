package dev.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JitteredBackoffTest {

    @Test
    void doublesFromTheBaseAndOnlyEverAddsUpToHalf() {
        for (int run = 0; run < 200; run++) {
            JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.5);

            long first = backoff.nextDelayInMillis(null);
            long second = backoff.nextDelayInMillis(null);

            assertTrue(first >= 100 && first <= 150, "first " + first);
            assertTrue(second >= 200 && second <= 300, "second " + second);
        }
    }

    @Test
    void capsTheDelayBeforeJitter() {
        JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(100), Duration.ofMillis(300), 0.5);

        for (int i = 0; i < 5; i++) {
            backoff.nextDelayInMillis(null);
        }

        long capped = backoff.nextDelayInMillis(null);
        assertTrue(capped >= 300 && capped <= 450, "capped " + capped);
    }

    @Test
    void spreadsRetriesThatFailedTogether() {
        Set<Long> delays = new HashSet<>();
        for (int caller = 0; caller < 50; caller++) {
            delays.add(new JitteredBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.5).nextDelayInMillis(null));
        }

        assertTrue(delays.size() > 10, "distinct first delays " + delays.size());
    }

    @Test
    void isExactWithoutJitter() {
        JitteredBackoff backoff = new JitteredBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0);

        assertEquals(100, backoff.nextDelayInMillis(null));
        assertEquals(200, backoff.nextDelayInMillis(null));
        assertEquals(400, backoff.nextDelayInMillis(null));
    }
}
