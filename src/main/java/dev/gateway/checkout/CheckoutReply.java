package dev.gateway.checkout;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The 200 reply of {@code POST /checkout}; money is a string with exactly two decimals. */
@RegisterForReflection
public record CheckoutReply(
        String checkoutId,
        String userId,
        String currency,
        List<Line> lines,
        String total,
        String priceSource,
        CustomerView customer,
        List<String> degraded) {

    /** One priced line of the cart. */
    public record Line(String sku, int quantity, String unitPrice, String lineTotal, boolean available) {
    }

    /** Who checked out; a guest has no name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerView(String userId, String name, String tier) {
    }
}
