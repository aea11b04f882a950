package dev.gateway.resilience;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * The resilience policy of one upstream: the subtree {@code checkout.upstreams.<name>}. Every
 * upstream has the same keys; defaults here suit a healthy service answering in tens of
 * milliseconds, and {@code application.properties} sets what differs per upstream.
 */
public interface UpstreamPolicy {

    /**
     * Per-attempt timeout, below the REST client's read timeout. Long enough for a healthy
     * upstream's p99 many times over, short enough that a slow one cannot hold a checkout.
     * Also capped by what remains of the checkout's budget. Default 400ms.
     */
    @WithDefault("400ms")
    Duration timeout();

    /** The bulkhead: how many calls may be under way at once. */
    Bulkhead bulkhead();

    /** The circuit breaker. */
    Breaker breaker();

    /** Retries and their budget. */
    Retry retry();

    /** Bulkhead settings. */
    interface Bulkhead {

        /**
         * Calls in flight at once, at least 1; one more is rejected at once. Size it at the
         * upstream's healthy throughput times its timeout. Default 20.
         */
        @WithDefault("20")
        int limit();

        /**
         * Calls that may wait for a slot, at least 1 (the smallest SmallRye allows for
         * non-blocking calls). A waiting call whose checkout has given up never starts. Default 1.
         */
        @WithDefault("1")
        int queue();
    }

    /** Circuit breaker settings. */
    interface Breaker {

        /** Rolling window: the last N calls judged, at least 1. Default 20. */
        @WithDefault("20")
        int window();

        /**
         * Share of failures and timeouts in the window that opens the breaker, 0 to 1. 4xx
         * business answers are successes here. Default 0.5.
         */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before it lets probes through. Default 5s. */
        @WithDefault("5s")
        Duration openFor();

        /**
         * Probes let through while half-open, at least 1; that many successes close the
         * breaker, one failure opens it again. Default 3.
         */
        @WithDefault("3")
        int probes();
    }

    /** Retry settings. */
    interface Retry {

        /** Retries after the first attempt, 0 to 10. Default 2. */
        @WithDefault("2")
        int maxRetries();

        /** Delay before the first retry; doubles for each further one. Default 100ms. */
        @WithDefault("100ms")
        Duration baseDelay();

        /** Longest delay between two attempts, before jitter. Default 1s. */
        @WithDefault("1s")
        Duration maxDelay();

        /** Random share added to each delay, 0 to 1 (0.5 = up to 50% more). Default 0.5. */
        @WithDefault("0.5")
        double jitter();

        /**
         * Whether a timed-out attempt is retried. Off: a slow upstream retried is an upstream
         * loaded twice, which is how the incident tripled pricing's load. Default false.
         */
        @WithDefault("false")
        boolean onTimeout();

        /** Retries as a share of first attempts, 0 to 1 (0.1 = at most 10% more calls). Default 0.1. */
        @WithDefault("0.1")
        double budgetRatio();

        /** Most retries the budget can save up during calm, at least 1. Default 10. */
        @WithDefault("10")
        int budgetBurst();

        /**
         * Whether retries draw on the budget at all. Off only to reproduce the design of the
         * incident (profile {@code before}); never in production. Default true.
         */
        @WithDefault("true")
        boolean budgeted();
    }
}
