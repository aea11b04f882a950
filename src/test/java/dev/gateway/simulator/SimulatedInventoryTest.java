package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedInventoryTest {

    private static final String AVAILABILITY = "/inventory/availability";

    private UpstreamUnderTest inventory;

    @BeforeEach
    void startInventory() {
        inventory = UpstreamUnderTest.start(Upstream.INVENTORY, 64);
    }

    @AfterEach
    void stopInventory() {
        inventory.close();
    }

    @Test
    void answersOnHandFromTheFormulaAndAvailableWhenItCoversTheQuantity() {
        // SKU-000017: 1 + (37 * 17 + 11) mod 500 = 141 on hand
        String body = "{\"items\": [{\"sku\": \"SKU-000017\", \"quantity\": 141},"
                + " {\"sku\": \"SKU-000017\", \"quantity\": 142}]}";

        JsonArray items = inventory.post(AVAILABILITY, body).body().getJsonArray("items");

        assertEquals(line("SKU-000017", true, 141), items.getJsonObject(0));
        assertEquals(line("SKU-000017", false, 141), items.getJsonObject(1));
    }

    @Test
    void holdsNoStockForEveryHundredAndFirstSku() {
        String body = "{\"items\": [{\"sku\": \"SKU-000101\", \"quantity\": 1},"
                + " {\"sku\": \"SKU-039996\", \"quantity\": 1}]}";

        UpstreamUnderTest.Reply reply = inventory.post(AVAILABILITY, body);

        assertEquals(200, reply.status());
        assertEquals(new JsonArray().add(line("SKU-000101", false, 0)).add(line("SKU-039996", false, 0)),
                reply.body().getJsonArray("items"));
    }

    @Test
    void reportsSkusOutsideTheCatalogAsUnavailable() {
        String body = "{\"items\": [{\"sku\": \"SKU-999999\", \"quantity\": 1}]}";

        UpstreamUnderTest.Reply reply = inventory.post(AVAILABILITY, body);

        assertEquals(200, reply.status());
        assertEquals(line("SKU-999999", false, 0), reply.body().getJsonArray("items").getJsonObject(0));
    }

    @Test
    void rejectsItemsWithoutAQuantityAsBadRequest() {
        UpstreamUnderTest.Reply reply = inventory.post(AVAILABILITY, "{\"items\": [{\"sku\": \"SKU-000017\"}]}");

        assertEquals(400, reply.status());
    }

    private static JsonObject line(String sku, boolean available, int onHand) {
        return new JsonObject().put("sku", sku).put("available", available).put("onHand", onHand);
    }
}
