package dev.gateway.simulator;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Healthy service time of a simulated upstream: a log-normal distribution fixed by its median and 99th percentile.
 *
 * <pre>
 *   mu     = ln(median)
 *   sigma  = ln(p99 / median) / z99        z99 = 2.3263..., the standard normal 99th percentile
 *   sample = exp(mu + sigma * g)           g drawn from the standard normal distribution
 * </pre>
 *
 * A p99 equal to the median gives a constant service time. The model holds no mutable state; the caller supplies
 * the random source, so each event loop can keep its own.
 */
public final class LatencyModel {

    private static final double Z_99 = 2.326_347_874_040_841;

    private final double mu;
    private final double sigma;

    /**
     * @param median median service time, positive
     * @param p99    99th percentile service time, not below the median
     */
    public LatencyModel(Duration median, Duration p99) {
        if (median.isNegative() || median.isZero() || p99.compareTo(median) < 0) {
            throw new IllegalArgumentException(
                    "latency needs 0 < median <= p99 (median " + median + ", p99 " + p99 + ")");
        }
        this.mu = Math.log(median.toNanos());
        this.sigma = Math.log((double) p99.toNanos() / median.toNanos()) / Z_99;
    }

    /** Draws one service time. */
    public Duration sample(RandomGenerator random) {
        double nanos = Math.exp(mu + sigma * random.nextGaussian());
        return Duration.ofNanos(Math.round(nanos));
    }
}
