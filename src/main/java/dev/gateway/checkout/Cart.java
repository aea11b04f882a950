package dev.gateway.checkout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A validated checkout request: skus are unique and every field keeps the contract's rules. */
public record Cart(String userId, String currency, List<CartItem> items) {

    /** Quantity per sku, in cart order. */
    public Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        items.forEach(item -> quantities.put(item.sku(), item.quantity()));
        return quantities;
    }
}
