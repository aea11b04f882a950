package dev.gateway.checkout;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The edge's own settings, {@code checkout.*}; each upstream's policy is under {@code checkout.upstreams}. */
@ConfigMapping(prefix = "checkout")
public interface CheckoutConfig {

    /**
     * The most time one checkout may take, from request to reply, including every retry and
     * fallback. A caller's smaller {@code X-Request-Timeout-Ms} wins. Default 1500ms.
     */
    @WithDefault("1500ms")
    Duration budget();

    /** What a 503 tells the caller to wait before trying again, whole seconds. Default 5s. */
    @WithDefault("5s")
    Duration retryAfter();
}
