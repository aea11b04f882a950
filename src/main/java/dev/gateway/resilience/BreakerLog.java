package dev.gateway.resilience;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * Logs every breaker state change, which neither resilience library logs above TRACE: WARN on
 * opening, INFO on half-open and closing, each with the observed figure next to its limit.
 */
final class BreakerLog {

    private static final Logger LOG = Logger.getLogger("dev.gateway.breaker");

    private final String upstream;
    private final UpstreamPolicy.Breaker policy;
    private final OutcomeWindow window;
    private volatile CircuitBreakerState last = CircuitBreakerState.CLOSED;

    BreakerLog(String upstream, UpstreamPolicy.Breaker policy) {
        this.upstream = upstream;
        this.policy = policy;
        this.window = new OutcomeWindow(policy.window());
    }

    /** A call the breaker counted as a success. */
    void succeeded() {
        window.record(false);
    }

    /** A call the breaker counted as a failure. */
    void failed() {
        window.record(true);
    }

    void changed(CircuitBreakerState to) {
        CircuitBreakerState from = last;
        last = to;
        switch (to) {
            case OPEN -> opened(from);
            case HALF_OPEN -> LOG.infof(
                    "breaker '%s' half-open, %s -> %s (open for %s vs %s), letting %d probes through",
                    upstream, from, to, policy.openFor(), policy.openFor(), policy.probes());
            case CLOSED -> {
                window.clear();
                LOG.infof("breaker '%s' closed, %s -> %s (%d probes succeeded vs %d needed)",
                        upstream, from, to, policy.probes(), policy.probes());
            }
        }
    }

    private void opened(CircuitBreakerState from) {
        if (from == CircuitBreakerState.HALF_OPEN) {
            LOG.warnf("breaker '%s' opened again, %s -> OPEN (a probe failed vs 0 failures allowed while half-open)",
                    upstream, from);
            return;
        }
        LOG.warnf("breaker '%s' opened, %s -> OPEN (failures %d of last %d calls vs ratio %s of %d calls)",
                upstream, from, window.failed(), window.recorded(), policy.failureRatio(), policy.window());
    }
}
