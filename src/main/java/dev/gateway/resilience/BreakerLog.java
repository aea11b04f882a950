package dev.gateway.resilience;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * Logs every breaker state change, which neither resilience library logs above TRACE: WARN on
 * opening, INFO on half-open and closing, each with the limit that decided it.
 */
final class BreakerLog {

    private static final Logger LOG = Logger.getLogger("dev.gateway.breaker");

    private final String upstream;
    private final UpstreamPolicy.Breaker policy;
    private volatile CircuitBreakerState last = CircuitBreakerState.CLOSED;

    BreakerLog(String upstream, UpstreamPolicy.Breaker policy) {
        this.upstream = upstream;
        this.policy = policy;
    }

    void changed(CircuitBreakerState to) {
        CircuitBreakerState from = last;
        last = to;
        switch (to) {
            case OPEN -> LOG.warnf("breaker '%s' opened, %s -> %s (failure ratio >= %s of last %d calls)",
                    upstream, from, to, policy.failureRatio(), policy.window());
            case HALF_OPEN -> LOG.infof("breaker '%s' half-open, %s -> %s (open for %s vs %s, %d probes)",
                    upstream, from, to, policy.openFor(), policy.openFor(), policy.probes());
            case CLOSED -> LOG.infof("breaker '%s' closed, %s -> %s (%d probes succeeded vs %d needed)",
                    upstream, from, to, policy.probes(), policy.probes());
        }
    }
}
