package dev.gateway.upstream.inventory;

import java.util.List;

/** Wire type: the skus and quantities whose stock the gateway asks about. */
public record AvailabilityRequest(List<Item> items) {

    /** One sku and the quantity wanted. */
    public record Item(String sku, int quantity) {
    }
}
