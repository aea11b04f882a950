package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sanity check over real sockets, not a measurement: the band is loose because the client's own overhead and a
 * busy build machine add to every figure. {@link SimulatorLatencyModelTest} checks the distribution itself.
 */
class SimulatedLatencyTest {

    private static final int CALLS = 200;
    private static final int AT_ONCE = 8;

    private UpstreamUnderTest profile;

    @BeforeEach
    void startProfile() {
        profile = UpstreamUnderTest.start(Upstream.PROFILE, 64);
    }

    @AfterEach
    void stopProfile() {
        profile.close();
    }

    @Test
    void answersHealthyCallsAroundTheConfiguredMedian() {
        List<Duration> elapsed = new ArrayList<>();
        for (int batch = 0; batch < CALLS / AT_ONCE; batch++) {
            elapsed.addAll(batchOfCalls(batch));
        }
        elapsed.sort(null);

        Duration median = elapsed.get(CALLS / 2);
        assertEquals(CALLS, profile.stats().completed());
        assertTrue(median.toMillis() >= 10 && median.toMillis() <= 40, "median " + median.toMillis() + "ms");
    }

    private List<Duration> batchOfCalls(int batch) {
        List<CompletableFuture<UpstreamUnderTest.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            calls.add(profile.getAsync("/profiles/u-" + (batch * AT_ONCE + i)));
        }
        return calls.stream().map(CompletableFuture::join).map(UpstreamUnderTest.Reply::elapsed).toList();
    }
}
