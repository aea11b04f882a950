package dev.gateway.resilience;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

/**
 * Hands out one {@link UpstreamGuard} per upstream, built from its configuration subtree. Built at
 * start-up for every configured upstream, so that metrics, health and the in-flight view show
 * all of them before the first checkout.
 */
@Startup
@ApplicationScoped
public class UpstreamGuards {

    private final UpstreamPolicies policies;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final Map<String, UpstreamGuard> guards = new ConcurrentHashMap<>();

    UpstreamGuards(UpstreamPolicies policies, Vertx vertx, MeterRegistry registry) {
        this.policies = policies;
        this.vertx = vertx;
        this.registry = registry;
        policies.byName().keySet().forEach(this::forUpstream);
    }

    /** The guard of the named upstream; its policy must be configured under {@code checkout.upstreams}. */
    public UpstreamGuard forUpstream(String upstream) {
        return guards.computeIfAbsent(upstream, name -> new UpstreamGuard(name, policy(name), vertx, registry));
    }

    /** Every guard handed out so far, by upstream name. */
    public Map<String, UpstreamGuard> all() {
        return Map.copyOf(guards);
    }

    /** Resets every guard handed out so far (see {@link UpstreamGuard#reset()}). */
    public void resetAll() {
        guards.values().forEach(UpstreamGuard::reset);
    }

    private UpstreamPolicy policy(String upstream) {
        UpstreamPolicy policy = policies.byName().get(upstream);
        if (policy == null) {
            throw new IllegalStateException("no policy under checkout.upstreams." + upstream);
        }
        return policy;
    }
}
