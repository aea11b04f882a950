package dev.gateway.checkout;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.gateway.resilience.UpstreamMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every checkout from request to reply, errors included:
 * {@code checkout_requests_seconds{status="2xx|4xx|5xx",degraded="true|false"}}, a histogram with
 * the same buckets as the upstream calls.
 */
public class CheckoutMetrics {

    private static final String STARTED = CheckoutMetrics.class.getName() + ".started";
    private static final String CHECKOUT_PATH = "/checkout";

    private final MeterRegistry registry;
    // One timer per status class and degraded flag: built once, not looked up per checkout.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    CheckoutMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerRequestFilter
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void replied(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long nanos) || !CHECKOUT_PATH.equals(request.getUriInfo().getPath())) {
            return;
        }
        boolean degraded = response.getHeaderString(CheckoutResource.DEGRADED_HEADER) != null;
        String status = response.getStatus() / 100 + "xx";

        timers.computeIfAbsent(status + degraded, key -> timer(status, degraded))
                .record(Duration.ofNanos(System.nanoTime() - nanos));
    }

    private Timer timer(String status, boolean degraded) {
        return Timer.builder("checkout.requests")
                .tags("status", status, "degraded", Boolean.toString(degraded))
                .serviceLevelObjectives(UpstreamMetrics.LATENCY_BUCKETS)
                .register(registry);
    }
}
