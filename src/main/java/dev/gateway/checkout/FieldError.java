package dev.gateway.checkout;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One broken rule of a request.
 *
 * @param field where, as a path into the body ({@code items[2].quantity}) or a header name
 * @param message what the rule is
 */
@RegisterForReflection
public record FieldError(String field, String message) {
}
