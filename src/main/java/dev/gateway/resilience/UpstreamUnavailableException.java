package dev.gateway.resilience;

/**
 * Raised when an upstream gave no usable answer: carries which upstream and why, so that a
 * fallback can step in or the edge can answer 503 with {@code Retry-After}. It never carries an
 * upstream's body, and it has no stack trace: it describes an expected state, not a bug.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final String upstream;
    private final UnavailableReason reason;

    public UpstreamUnavailableException(String upstream, UnavailableReason reason, String detail) {
        super(upstream + " unavailable (" + reason.outcome() + "): " + detail, null, false, false);
        this.upstream = upstream;
        this.reason = reason;
    }

    /** The upstream's name, e.g. {@code pricing}. */
    public String upstream() {
        return upstream;
    }

    /** Why it gave no answer. */
    public UnavailableReason reason() {
        return reason;
    }
}
