package dev.gateway.resilience;

import java.util.Comparator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What every checkout is waiting on, at {@value #PATH} on the management interface (not the
 * public port): per upstream the breaker state, bulkhead occupancy, retry budget left, and every
 * call on the wire with its age and checkout id, oldest first. The first place to look in an
 * incident: a dependency that has gone slow shows as old calls piling up under its name.
 */
@ApplicationScoped
public class InFlightView {

    /** Where the view is served on the management interface. */
    public static final String PATH = "/q/in-flight";

    private final UpstreamGuards guards;

    InFlightView(UpstreamGuards guards) {
        this.guards = guards;
    }

    void route(@Observes ManagementInterface management) {
        management.router().get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext request) {
        request.response().putHeader("Content-Type", "application/json").end(snapshot().encode());
    }

    /** The view now. */
    public JsonObject snapshot() {
        JsonArray upstreams = new JsonArray();
        guards.all().values().stream()
                .sorted(Comparator.comparing(UpstreamGuard::upstream))
                .forEach(guard -> upstreams.add(describe(guard)));
        return new JsonObject().put("upstreams", upstreams);
    }

    private static JsonObject describe(UpstreamGuard guard) {
        InFlightCalls inFlight = guard.inFlight();
        JsonArray calls = new JsonArray();
        for (InFlightCalls.Call call : inFlight.oldestFirst()) {
            calls.add(new JsonObject()
                    .put("checkoutId", call.checkoutId())
                    .put("attempt", call.attempt())
                    .put("ageMs", inFlight.age(call).toMillis()));
        }

        UpstreamPolicy policy = guard.policy();
        return new JsonObject()
                .put("upstream", guard.upstream())
                .put("breaker", guard.breakerState().name().toLowerCase())
                .put("bulkhead", new JsonObject()
                        .put("inUse", guard.bulkheadTaken())
                        .put("limit", policy.bulkhead().limit())
                        .put("queue", policy.bulkhead().queue()))
                .put("retryBudgetLeft", guard.retriesAvailable())
                .put("inFlight", calls.size())
                .put("calls", calls);
    }
}
