package dev.gateway.resilience;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The upstreams' state, as information only: the health group {@code upstreams}
 * ({@code /q/health/group/upstreams}), down while any breaker is open. It is deliberately not a
 * liveness or readiness check: a slow pricing must not make Kubernetes restart or unroute every
 * gateway pod, which would turn a degraded checkout into no checkout at all.
 */
@HealthGroup("upstreams")
@ApplicationScoped
public class UpstreamsHealth implements HealthCheck {

    private final UpstreamGuards guards;

    UpstreamsHealth(UpstreamGuards guards) {
        this.guards = guards;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        guards.all().forEach((name, guard) -> {
            CircuitBreakerState state = guard.breakerState();
            response.withData(name + ".breaker", state.name().toLowerCase());
            response.withData(name + ".inFlight", guard.inFlight().count());
            if (state == CircuitBreakerState.OPEN) {
                response.down();
            }
        });
        return response.build();
    }
}
