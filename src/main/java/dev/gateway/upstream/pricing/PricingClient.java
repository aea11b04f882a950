package dev.gateway.upstream.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.gateway.resilience.CallerContext;
import dev.gateway.resilience.Replies;
import dev.gateway.resilience.UpstreamGuard;
import dev.gateway.resilience.UpstreamGuards;
import dev.gateway.resilience.UpstreamUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * Prices a cart through the guarded pricing call. When pricing cannot answer, every unit price
 * comes from the last known good prices; when any is missing there, pricing is unavailable.
 */
@ApplicationScoped
public class PricingClient {

    /** The upstream's name in config, metrics, logs and errors. */
    public static final String UPSTREAM = "pricing";

    private static final Logger LOG = Logger.getLogger(PricingClient.class);
    private static final int UNKNOWN_SKUS = 422;

    private final PricingApi api;
    private final UpstreamGuard guard;
    private final LastKnownPrices lastKnown;

    PricingClient(@RestClient PricingApi api, UpstreamGuards guards, LastKnownPrices lastKnown) {
        this.api = api;
        this.guard = guards.forUpstream(UPSTREAM);
        this.lastKnown = lastKnown;
    }

    /**
     * Unit prices for {@code items} (sku to quantity) in {@code currency}.
     *
     * @return live prices, or cached ones when pricing is unavailable; fails with
     *         {@link UnknownSkusException} or, without a cached price for every sku,
     *         {@link UpstreamUnavailableException}
     */
    public Uni<PriceQuote> quote(String currency, Map<String, Integer> items, CallerContext caller) {
        QuoteRequest request = request(currency, items);

        return guard.call(caller, budget -> api.quote(request, budget.toMillis(), caller.requestId())
                        .map(reply -> read(reply, items)))
                // Only an answer that arrived in time gets here: a late one was cancelled.
                .invoke(prices -> lastKnown.remember(currency, prices))
                .map(prices -> new PriceQuote(prices, false))
                .onFailure(UpstreamUnavailableException.class)
                .recoverWithUni(failure -> fromCache(currency, items, (UpstreamUnavailableException) failure));
    }

    /** The guard, for the in-flight view and tests. */
    public UpstreamGuard guard() {
        return guard;
    }

    private Uni<PriceQuote> fromCache(String currency, Map<String, Integer> items,
            UpstreamUnavailableException failure) {
        LOG.debugf("upstream '%s' %s, falling back to last known prices", UPSTREAM, failure.reason().outcome());
        return lastKnown.lookup(currency, items.keySet())
                .map(prices -> {
                    guard.fellBack();
                    return Uni.createFrom().item(new PriceQuote(prices, true));
                })
                .orElseGet(() -> Uni.createFrom().failure(failure));
    }

    private static QuoteRequest request(String currency, Map<String, Integer> items) {
        List<QuoteRequest.Item> lines = new ArrayList<>(items.size());
        items.forEach((sku, quantity) -> lines.add(new QuoteRequest.Item(sku, quantity)));
        return new QuoteRequest(currency, lines);
    }

    private static Map<String, BigDecimal> read(Response reply, Map<String, Integer> items) {
        if (reply.getStatus() == UNKNOWN_SKUS) {
            throw unknownSkus(reply);
        }
        QuoteReply quote = Replies.bodyOf(UPSTREAM, reply, QuoteReply.class);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        if (quote.prices() != null) {
            quote.prices().forEach(price -> prices.put(price.sku(), money(price.unitPrice())));
        }

        if (!prices.keySet().containsAll(items.keySet())) {
            throw Replies.failure(UPSTREAM, "quote lacks some skus");
        }
        prices.keySet().retainAll(items.keySet());
        return prices;
    }

    private static UnknownSkusException unknownSkus(Response reply) {
        try {
            UnknownSkusReply body = reply.readEntity(UnknownSkusReply.class);
            if (body != null && body.unknown() != null && !body.unknown().isEmpty()) {
                return new UnknownSkusException(body.unknown());
            }
        } catch (RuntimeException unreadable) {
            // Falls through: a 422 without its list is not an answer we can pass on.
        }
        throw Replies.failure(UPSTREAM, "422 without the unknown skus");
    }

    private static BigDecimal money(String amount) {
        try {
            BigDecimal value = new BigDecimal(amount);
            if (value.signum() < 0 || value.scale() > 2) {
                throw Replies.failure(UPSTREAM, "bad unit price");
            }
            return value.setScale(2);
        } catch (NumberFormatException | NullPointerException unreadable) {
            throw Replies.failure(UPSTREAM, "bad unit price");
        }
    }
}
