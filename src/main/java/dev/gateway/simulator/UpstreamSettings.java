package dev.gateway.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How one simulated upstream is set up: where it listens, how many calls it serves at once and how long a healthy
 * call takes.
 *
 * @param port          TCP port to listen on, 0 to 65535; 0 lets the system pick a free port
 * @param capacity      calls served at the same time, at least 1; further calls wait in a first-in first-out line
 * @param medianLatency median of the healthy service time, at least one millisecond
 * @param p99Latency    99th percentile of the healthy service time, not below the median
 * @param finishesAbandonedCalls whether a call whose caller hung up is still served to the end, holding its
 *                      place in line and its slot, as a service that only notices the hang-up when it writes
 *                      its reply; false frees them at once
 */
public record UpstreamSettings(int port, int capacity, Duration medianLatency, Duration p99Latency,
        boolean finishesAbandonedCalls) {

    /** Checks every range above and fails with the offending value. */
    public UpstreamSettings {
        Objects.requireNonNull(medianLatency, "medianLatency");
        Objects.requireNonNull(p99Latency, "p99Latency");
        require(port >= 0 && port <= 65_535, "port must be 0 to 65535 (was " + port + ")");
        require(capacity >= 1, "capacity must be at least 1 (was " + capacity + ")");
        require(medianLatency.toMillis() >= 1, "median latency must be at least 1ms (was " + medianLatency + ")");
        require(p99Latency.compareTo(medianLatency) >= 0,
                "p99 latency must not be below the median (" + p99Latency + " vs " + medianLatency + ")");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
