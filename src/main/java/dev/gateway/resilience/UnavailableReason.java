package dev.gateway.resilience;

/**
 * Why an upstream gave no usable answer. The names double as the outcome vocabulary of logs and
 * metrics, so a reason reads the same in a log line, a metric tag and a test.
 */
public enum UnavailableReason {

    /** The upstream answered 5xx, or the connection failed or broke. */
    FAILURE("failure", true),

    /** The per-call timeout fired first; the request was aborted. */
    TIMEOUT("timeout", true),

    /**
     * The upstream answered with a 4xx that is not one of its business answers: it is up and
     * talking, so this neither feeds its breaker nor is retried, but the answer is unusable.
     */
    REFUSED("refused", false),

    /** The bulkhead was full; the upstream was not called. */
    REJECTED("rejected", false),

    /** The circuit breaker was open; the upstream was not called. */
    SHORT_CIRCUITED("short_circuited", false),

    /**
     * The checkout's own time budget ran out before or during the call: the caller's haste, not
     * the upstream's fault, so it never feeds the breaker.
     */
    DEADLINE("deadline", false);

    private final String outcome;
    private final boolean upstreamAtFault;

    UnavailableReason(String outcome, boolean upstreamAtFault) {
        this.outcome = outcome;
        this.upstreamAtFault = upstreamAtFault;
    }

    /** The outcome tag for metrics and logs, e.g. {@code short_circuited}. */
    public String outcome() {
        return outcome;
    }

    /** Whether this reason says something about the upstream's health, and so feeds its breaker. */
    public boolean upstreamAtFault() {
        return upstreamAtFault;
    }
}
