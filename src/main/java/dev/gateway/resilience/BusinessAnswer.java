package dev.gateway.resilience;

/**
 * Marks an exception that carries an upstream's valid business answer (a 4xx such as pricing's
 * 422 for unknown skus). Such an answer proves the upstream healthy: it never counts against the
 * breaker, is never retried and is never replaced by a fallback.
 */
public interface BusinessAnswer {
}
