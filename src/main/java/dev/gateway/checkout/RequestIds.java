package dev.gateway.checkout;

import java.util.regex.Pattern;

/**
 * Validates a caller's correlation id before it goes anywhere: into log lines and into the
 * headers of three upstream calls. Only printable ASCII without spaces passes; anything else,
 * CR and LF above all, is replaced by the checkout's own id rather than rejected, since a
 * broken tracing header is no reason to refuse a customer's checkout.
 */
final class RequestIds {

    private static final Pattern SAFE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private RequestIds() {
    }

    /** The caller's id if it is safe to forward, else {@code checkoutId}. */
    static String forwardable(String callers, String checkoutId) {
        return callers != null && SAFE.matcher(callers).matches() ? callers : checkoutId;
    }
}
