package dev.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The point in time by which one checkout must have its answer. Every upstream attempt is
 * bounded by what remains of it, and every call forwards that remainder to the upstream.
 */
public final class Deadline {

    private final LongSupplier nanoClock;
    private final long expiresAt;
    private final boolean setByCaller;

    private Deadline(LongSupplier nanoClock, Duration budget, boolean setByCaller) {
        this.nanoClock = nanoClock;
        this.expiresAt = nanoClock.getAsLong() + budget.toNanos();
        this.setByCaller = setByCaller;
    }

    /**
     * The smaller of the gateway's own budget and the caller's, from now.
     *
     * @param own the gateway's configured budget
     * @param callers the caller's remaining budget, or {@code null} when it sent none
     */
    public static Deadline of(Duration own, Duration callers, LongSupplier nanoClock) {
        boolean callerBinds = callers != null && callers.compareTo(own) < 0;
        return new Deadline(nanoClock, callerBinds ? callers : own, callerBinds);
    }

    /** What is left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, expiresAt - nanoClock.getAsLong()));
    }

    /** Whether nothing is left. */
    public boolean expired() {
        return expiresAt - nanoClock.getAsLong() <= 0;
    }

    /** Whether the caller's budget, not the gateway's own, sets this deadline. */
    public boolean setByCaller() {
        return setByCaller;
    }
}
