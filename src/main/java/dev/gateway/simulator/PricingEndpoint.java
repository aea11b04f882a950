package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code POST /prices/quote}: a unit price per item from the {@link Catalog}, or 422 with every sku the catalog
 * does not hold, each named once in request order.
 */
final class PricingEndpoint implements UpstreamEndpoint {

    private final Catalog catalog;

    PricingEndpoint(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean serves(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && "/prices/quote".equals(path);
    }

    @Override
    public SimulatedReply answer(String path, Buffer body) {
        CartRequest cart = CartRequest.parse(body);
        Set<String> unknown = unknownSkus(cart);
        if (!unknown.isEmpty()) {
            return new SimulatedReply(422, new JsonObject().put("unknown", new JsonArray(unknown.stream().toList())));
        }
        return SimulatedReply.ok(quote(cart));
    }

    private Set<String> unknownSkus(CartRequest cart) {
        Set<String> unknown = new LinkedHashSet<>();
        for (CartRequest.Item item : cart.items()) {
            if (!catalog.contains(item.sku())) {
                unknown.add(item.sku());
            }
        }
        return unknown;
    }

    private JsonObject quote(CartRequest cart) {
        JsonArray prices = new JsonArray();
        for (CartRequest.Item item : cart.items()) {
            prices.add(new JsonObject().put("sku", item.sku()).put("unitPrice", catalog.unitPrice(item.sku())));
        }
        return new JsonObject().put("currency", cart.currency()).put("prices", prices);
    }
}
