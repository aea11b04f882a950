package dev.gateway.resilience;

import jakarta.ws.rs.core.Response;

/** Reading an upstream's HTTP reply the same way for every upstream. */
public final class Replies {

    private Replies() {
    }

    /**
     * The body of a 200 reply as {@code type}; any other status, or a body that cannot be read,
     * makes the upstream unavailable for this attempt (the body itself is never passed on).
     */
    public static <T> T bodyOf(String upstream, Response reply, Class<T> type) {
        if (reply.getStatus() != 200) {
            throw failure(upstream, "status " + reply.getStatus());
        }
        try {
            T body = reply.readEntity(type);
            if (body == null) {
                throw failure(upstream, "empty body");
            }
            return body;
        } catch (RuntimeException unreadable) {
            throw failure(upstream, "unreadable body");
        }
    }

    /** An unavailable upstream whose answer was there but unusable. */
    public static UpstreamUnavailableException failure(String upstream, String detail) {
        return new UpstreamUnavailableException(upstream, UnavailableReason.FAILURE, detail);
    }
}
