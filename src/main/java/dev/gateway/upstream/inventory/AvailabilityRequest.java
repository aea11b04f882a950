package dev.gateway.upstream.inventory;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: the skus and quantities whose stock the gateway asks about. */
@RegisterForReflection
public record AvailabilityRequest(List<Item> items) {

    /** One sku and the quantity wanted. */
    public record Item(String sku, int quantity) {
    }
}
