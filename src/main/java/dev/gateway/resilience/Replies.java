package dev.gateway.resilience;

import jakarta.ws.rs.core.Response;

/** Reading an upstream's HTTP reply the same way for every upstream. */
public final class Replies {

    private Replies() {
    }

    /**
     * The body of a 200 reply as {@code type}. Any other status, or a body that cannot be read,
     * makes the upstream unavailable for this attempt (the body itself is never passed on): a
     * 4xx as {@link UnavailableReason#REFUSED}, anything else as a {@link UnavailableReason#FAILURE}.
     */
    public static <T> T bodyOf(String upstream, Response reply, Class<T> type) {
        int status = reply.getStatus();
        if (status >= 400 && status < 500) {
            throw new UpstreamUnavailableException(upstream, UnavailableReason.REFUSED, "status " + status);
        }
        if (status != 200) {
            throw failure(upstream, "status " + status);
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
