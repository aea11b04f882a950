package dev.gateway.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The metrics of one upstream. Tags are the upstream's name and words of a fixed vocabulary,
 * never a user, a sku or a path, so the series count does not grow with traffic. In Prometheus:
 *
 * <pre>
 *   checkout_upstream_call_seconds{upstream,outcome}        histogram of whole calls, retries included
 *   checkout_breaker_state{upstream,state}                  1 for the current state, 0 for the others
 *   checkout_bulkhead_in_use{upstream}                      calls holding a slot or a queue place
 *   checkout_upstream_in_flight{upstream}                   attempts on the wire
 *   checkout_fallbacks_total{upstream}                      answers replaced by a fallback
 *   checkout_retries_total{upstream,outcome=made|refused}   retries, and those the budget refused
 *   checkout_retry_budget_available{upstream}               retries the budget would allow now
 * </pre>
 */
public final class UpstreamMetrics {

    /** Histogram buckets of every latency metric: the alert thresholds and their neighbours. */
    public static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    /** The outcome of a call whose upstream answered, 2xx or a 4xx business answer. */
    public static final String SUCCESS = "success";

    private final String upstream;
    private final MeterRegistry registry;
    private final Map<String, Timer> calls = new ConcurrentHashMap<>();
    private final Counter fallbacks;
    private final Counter retriesMade;
    private final Counter retriesRefused;

    UpstreamMetrics(String upstream, MeterRegistry registry) {
        this.upstream = upstream;
        this.registry = registry;
        this.fallbacks = Counter.builder("checkout.fallbacks").tag("upstream", upstream).register(registry);
        this.retriesMade = retries("made");
        this.retriesRefused = retries("refused");
    }

    void watch(Supplier<CircuitBreakerState> breaker, Supplier<Number> bulkheadInUse, Supplier<Number> inFlight,
            Supplier<Number> retryBudget) {
        for (CircuitBreakerState state : CircuitBreakerState.values()) {
            Gauge.builder("checkout.breaker.state", () -> breaker.get() == state ? 1 : 0)
                    .tags("upstream", upstream, "state", state.name().toLowerCase())
                    .register(registry);
        }
        gauge("checkout.bulkhead.in.use", bulkheadInUse);
        gauge("checkout.upstream.in.flight", inFlight);
        gauge("checkout.retry.budget.available", retryBudget);
    }

    void call(String outcome, long nanos) {
        calls.computeIfAbsent(outcome, this::callTimer).record(Duration.ofNanos(nanos));
    }

    void fallback() {
        fallbacks.increment();
    }

    void retry(boolean made) {
        (made ? retriesMade : retriesRefused).increment();
    }

    private Timer callTimer(String outcome) {
        return Timer.builder("checkout.upstream.call")
                .tags("upstream", upstream, "outcome", outcome)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }

    private Counter retries(String outcome) {
        return Counter.builder("checkout.retries").tags("upstream", upstream, "outcome", outcome).register(registry);
    }

    private void gauge(String name, Supplier<Number> value) {
        Gauge.builder(name, value).tag("upstream", upstream).register(registry);
    }
}
