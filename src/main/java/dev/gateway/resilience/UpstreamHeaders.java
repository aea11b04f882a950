package dev.gateway.resilience;

/** Header names that cross the wire to every upstream. */
public final class UpstreamHeaders {

    /** The time an upstream has for this call, in whole milliseconds. */
    public static final String REQUEST_TIMEOUT_MS = "X-Request-Timeout-Ms";

    private UpstreamHeaders() {
    }
}
