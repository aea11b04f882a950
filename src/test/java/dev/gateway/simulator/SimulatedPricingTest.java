package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedPricingTest {

    private static final String QUOTE = "/prices/quote";

    private UpstreamUnderTest pricing;

    @BeforeEach
    void startPricing() {
        pricing = UpstreamUnderTest.start(Upstream.PRICING, 64);
    }

    @AfterEach
    void stopPricing() {
        pricing.close();
    }

    @Test
    void quotesTheSameTwoDecimalPriceForACatalogSkuEveryTime() {
        String body = "{\"currency\": \"EUR\", \"items\": [{\"sku\": \"SKU-000017\", \"quantity\": 2},"
                + " {\"sku\": \"SKU-031337\", \"quantity\": 1}]}";

        UpstreamUnderTest.Reply first = pricing.post(QUOTE, body);
        UpstreamUnderTest.Reply second = pricing.post(QUOTE, body);

        assertEquals(200, first.status());
        assertEquals(first.body(), second.body());
        assertEquals("EUR", first.body().getString("currency"));
        JsonArray prices = first.body().getJsonArray("prices");
        assertEquals(new JsonObject().put("sku", "SKU-000017").put("unitPrice", "360.60"), prices.getJsonObject(0));
        assertEquals("SKU-031337", prices.getJsonObject(1).getString("sku"));
        assertTrue(prices.getJsonObject(1).getString("unitPrice").matches("\\d{1,3}\\.\\d{2}"));
    }

    @Test
    void answersUnprocessableListingEveryUnknownSkuOnce() {
        String body = "{\"currency\": \"USD\", \"items\": [{\"sku\": \"SKU-999999\", \"quantity\": 1},"
                + " {\"sku\": \"SKU-000001\", \"quantity\": 1}, {\"sku\": \"SKU-040000\", \"quantity\": 3},"
                + " {\"sku\": \"SKU-999999\", \"quantity\": 2}]}";

        UpstreamUnderTest.Reply reply = pricing.post(QUOTE, body);

        assertEquals(422, reply.status());
        assertEquals(new JsonObject().put("unknown", new JsonArray().add("SKU-999999").add("SKU-040000")),
                reply.body());
    }

    @Test
    void defaultsTheCurrencyToUsd() {
        String body = "{\"items\": [{\"sku\": \"SKU-000000\", \"quantity\": 1}]}";

        UpstreamUnderTest.Reply reply = pricing.post(QUOTE, body);

        assertEquals(200, reply.status());
        assertEquals("USD", reply.body().getString("currency"));
    }

    @Test
    void rejectsABodyThatBreaksTheContractAsBadRequest() {
        assertBadRequest("not json");
        assertBadRequest("[]");
        assertBadRequest("{\"currency\": \"USD\"}");
        assertBadRequest("{\"items\": [{\"quantity\": 1}]}");
        assertBadRequest("{\"items\": [{\"sku\": \"SKU-000001\", \"quantity\": 0}]}");
        assertBadRequest("{\"currency\": \"usd\", \"items\": []}");
    }

    private void assertBadRequest(String body) {
        UpstreamUnderTest.Reply reply = pricing.post(QUOTE, body);

        assertEquals(400, reply.status(), body);
        assertTrue(reply.body().containsKey("error"), body);
    }
}
