package dev.gateway.checkout;

/** One line of a cart: a sku and how many. */
public record CartItem(String sku, int quantity) {
}
