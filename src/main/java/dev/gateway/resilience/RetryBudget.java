package dev.gateway.resilience;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps retries at a fixed share of the calls an upstream receives, whatever happens.
 *
 * <p>A token bucket fed by first attempts: every call deposits {@code ratio} of a token, every
 * retry withdraws one whole token, and the bucket holds at most {@code burst} tokens. It starts
 * empty, so over any stretch of time
 *
 * <pre>
 *   retries &lt;= ratio x calls          (tokens only come from calls)
 * </pre>
 *
 * and after a quiet spell no more than {@code burst} retries can go out back to back. Tokens are
 * counted in thousandths so that the bucket is one lock-free {@link AtomicLong}.
 */
public final class RetryBudget {

    private static final long WHOLE = 1000;

    private final long deposit;
    private final long capacity;
    private final AtomicLong balance = new AtomicLong();

    /**
     * @param ratio share of calls that may be retried, 0 to 1 (0.1 = retries add at most 10%)
     * @param burst most retries that may be saved up, at least 1
     */
    public RetryBudget(double ratio, int burst) {
        if (ratio < 0 || ratio > 1 || burst < 1) {
            throw new IllegalArgumentException("ratio must be in [0, 1] and burst >= 1");
        }
        this.deposit = Math.round(ratio * WHOLE);
        this.capacity = burst * WHOLE;
    }

    /** Records a first attempt, which earns the budget a share of a retry. */
    public void recordCall() {
        balance.accumulateAndGet(deposit, (now, add) -> Math.min(capacity, now + add));
    }

    /** Takes one retry from the budget; false, and nothing taken, when the budget is spent. */
    public boolean tryRetry() {
        long now = balance.get();
        while (now >= WHOLE) {
            if (balance.compareAndSet(now, now - WHOLE)) {
                return true;
            }
            now = balance.get();
        }
        return false;
    }

    /** Empties the budget, as after a fresh start. */
    public void reset() {
        balance.set(0);
    }

    /** Whole retries that could go out now. */
    public long available() {
        return balance.get() / WHOLE;
    }
}
