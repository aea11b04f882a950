package dev.gateway.upstream.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.gateway.resilience.CallerContext;
import dev.gateway.resilience.Replies;
import dev.gateway.resilience.UpstreamGuard;
import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.resilience.UpstreamUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * Checks stock through the guarded inventory call. There is no fallback: selling stock nobody
 * has is worse than asking the customer to try again, so an unavailable inventory fails the call.
 */
@ApplicationScoped
public class InventoryClient {

    /** The upstream's name in config, metrics, logs and errors. */
    public static final String UPSTREAM = "inventory";

    private final InventoryApi api;
    private final UpstreamGuard guard;

    InventoryClient(@RestClient InventoryApi api, UpstreamGuards guards) {
        this.api = api;
        this.guard = guards.forUpstream(UPSTREAM);
    }

    /**
     * The skus of {@code items} (sku to quantity) that are not available in that quantity; a sku
     * missing from inventory's answer counts as not available.
     *
     * @return the unavailable skus, empty when all are; fails with {@link UpstreamUnavailableException}
     */
    public Uni<Set<String>> unavailable(Map<String, Integer> items, CallerContext caller) {
        AvailabilityRequest request = request(items);
        return guard.call(caller, budget -> api.availability(request, budget.toMillis(), caller.requestId())
                .map(reply -> unavailableIn(reply, items)));
    }

    /** The guard, for the in-flight view and tests. */
    public UpstreamGuard guard() {
        return guard;
    }

    private static AvailabilityRequest request(Map<String, Integer> items) {
        List<AvailabilityRequest.Item> lines = new ArrayList<>(items.size());
        items.forEach((sku, quantity) -> lines.add(new AvailabilityRequest.Item(sku, quantity)));
        return new AvailabilityRequest(lines);
    }

    private static Set<String> unavailableIn(Response reply, Map<String, Integer> items) {
        AvailabilityReply stock = Replies.bodyOf(UPSTREAM, reply, AvailabilityReply.class);
        Set<String> available = stock.items() == null ? Set.of() : stock.items().stream()
                .filter(AvailabilityReply.Item::available)
                .map(AvailabilityReply.Item::sku)
                .collect(Collectors.toSet());

        return items.keySet().stream()
                .filter(sku -> !available.contains(sku))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
