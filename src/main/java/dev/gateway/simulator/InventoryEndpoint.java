package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * {@code POST /inventory/availability}: per item the units on hand from the {@link Catalog} and whether they
 * cover the quantity asked. A sku outside the catalog has none on hand and is not available.
 */
final class InventoryEndpoint implements UpstreamEndpoint {

    private final Catalog catalog;

    InventoryEndpoint(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean serves(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && "/inventory/availability".equals(path);
    }

    @Override
    public SimulatedReply answer(String path, Buffer body) {
        JsonArray items = new JsonArray();
        for (CartRequest.Item item : CartRequest.parse(body).items()) {
            items.add(availabilityOf(item));
        }
        return SimulatedReply.ok(new JsonObject().put("items", items));
    }

    private JsonObject availabilityOf(CartRequest.Item item) {
        int onHand = catalog.onHand(item.sku());
        return new JsonObject()
                .put("sku", item.sku())
                .put("available", onHand >= item.quantity())
                .put("onHand", onHand);
    }
}
