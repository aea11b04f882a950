package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body the pricing and inventory upstreams read:
 * {@code {"currency": "USD", "items": [{"sku": "SKU-000017", "quantity": 2}]}}. The currency is optional
 * (default USD, three upper-case letters); each item needs a non-empty sku and a whole quantity of at least 1.
 */
record CartRequest(String currency, List<Item> items) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    record Item(String sku, int quantity) {
    }

    /** @throws MalformedCall when the body is not such an object */
    static CartRequest parse(Buffer body) {
        JsonObject json = objectOf(body);
        return new CartRequest(currencyOf(json), itemsOf(json));
    }

    private static JsonObject objectOf(Buffer body) {
        try {
            if (Json.decodeValue(body) instanceof JsonObject json) {
                return json;
            }
        } catch (DecodeException e) {
            // falls through to the same answer as valid JSON of the wrong shape
        }
        throw new MalformedCall("body must be a JSON object");
    }

    private static String currencyOf(JsonObject json) {
        Object value = json.getValue("currency");
        if (value == null) {
            return "USD";
        }
        if (!(value instanceof String currency) || !CURRENCY.matcher(currency).matches()) {
            throw new MalformedCall("currency must be three upper-case letters");
        }
        return currency;
    }

    private static List<Item> itemsOf(JsonObject json) {
        if (!(json.getValue("items") instanceof JsonArray array)) {
            throw new MalformedCall("items must be an array");
        }
        List<Item> items = new ArrayList<>(array.size());
        for (Object entry : array) {
            items.add(itemOf(entry));
        }
        return items;
    }

    private static Item itemOf(Object entry) {
        if (!(entry instanceof JsonObject item)) {
            throw new MalformedCall("every item must be an object");
        }
        if (!(item.getValue("sku") instanceof String sku) || sku.isEmpty()) {
            throw new MalformedCall("every item needs a sku");
        }
        if (!(item.getValue("quantity") instanceof Integer quantity) || quantity < 1) {
            throw new MalformedCall("quantity of " + sku + " must be a whole number of at least 1");
        }
        return new Item(sku, quantity);
    }
}
