package dev.gateway.checkout;

/**
 * One broken rule of a request.
 *
 * @param field where, as a path into the body ({@code items[2].quantity}) or a header name
 * @param message what the rule is
 */
public record FieldError(String field, String message) {
}
