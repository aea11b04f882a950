package dev.gateway.checkout;

import java.util.List;

/** Inventory says some items are not available in the quantity asked; answered 409. */
public class ItemsUnavailableException extends RuntimeException {

    private final List<String> unavailable;

    public ItemsUnavailableException(List<String> unavailable) {
        super("items unavailable: " + unavailable, null, false, false);
        this.unavailable = List.copyOf(unavailable);
    }

    /** The skus that are not available. */
    public List<String> unavailable() {
        return unavailable;
    }
}
