package dev.gateway.upstream.inventory;

import java.util.List;

/** Wire type: inventory's answer, per sku whether the quantity is available and what is on hand. */
public record AvailabilityReply(List<Item> items) {

    /** Stock of one sku. */
    public record Item(String sku, boolean available, int onHand) {
    }
}
