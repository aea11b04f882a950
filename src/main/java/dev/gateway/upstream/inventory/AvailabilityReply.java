package dev.gateway.upstream.inventory;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: inventory's answer, per sku whether the quantity is available and what is on hand. */
@RegisterForReflection
public record AvailabilityReply(List<Item> items) {

    /** Stock of one sku. */
    public record Item(String sku, boolean available, int onHand) {
    }
}
