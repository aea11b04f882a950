package dev.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;

/**
 * Exponential backoff with added jitter, one instance per guarded call.
 *
 * <pre>
 *   delay(n) = min(max, base x 2^n) x (1 + U[0, jitter])      n = 0, 1, 2, ...
 * </pre>
 *
 * The jitter only ever adds, so retries of callers that failed together spread out instead of
 * arriving at the upstream in the same instant (the write-up: 100 ms, doubling, plus up to 50%).
 */
public final class JitteredBackoff implements CustomBackoffStrategy {

    private final long baseMillis;
    private final long maxMillis;
    private final double jitter;
    private int retries;

    public JitteredBackoff(Duration base, Duration max, double jitter) {
        this.baseMillis = base.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long exponential = Math.min(maxMillis, baseMillis << Math.min(retries++, 20));
        double spread = jitter <= 0 ? 0 : ThreadLocalRandom.current().nextDouble(jitter);
        return Math.round(exponential * (1 + spread));
    }
}
