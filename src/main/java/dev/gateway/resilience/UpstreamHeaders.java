package dev.gateway.resilience;

/** Header names that cross the wire to every upstream. */
public final class UpstreamHeaders {

    /** The time an upstream has for this call, in whole milliseconds. */
    public static final String REQUEST_TIMEOUT_MS = "X-Request-Timeout-Ms";

    /**
     * The correlation id of the request, after validation. With the timeout above it is the only
     * header that reaches an upstream: nothing else of the caller's request is forwarded.
     */
    public static final String REQUEST_ID = "X-Request-Id";

    private UpstreamHeaders() {
    }
}
