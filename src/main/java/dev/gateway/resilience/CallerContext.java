package dev.gateway.resilience;

/**
 * What every upstream call of one checkout carries: whose it is and how long it may take.
 *
 * @param checkoutId the checkout's id, as in its reply, its log lines and the in-flight view
 * @param requestId the caller's correlation id after validation (or the checkout id), forwarded
 *        to every upstream on every attempt
 * @param deadline when the checkout must have its answer
 */
public record CallerContext(String checkoutId, String requestId, Deadline deadline) {
}
