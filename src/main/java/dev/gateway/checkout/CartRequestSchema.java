package dev.gateway.checkout;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request body of {@code POST /checkout} as documented in OpenAPI; parsing is {@link CartParser}'s. */
@Schema(name = "CartRequest")
record CartRequestSchema(
        @Schema(required = true, pattern = "^[A-Za-z0-9_-]{1,64}$", examples = "u-1042") String userId,
        @Schema(pattern = "^[A-Z]{3}$", defaultValue = "USD") String currency,
        @Schema(required = true, minItems = 1, maxItems = 100) List<Item> items) {

    /** One cart line; skus are unique within the cart. */
    @Schema(name = "CartItem")
    record Item(
            @Schema(required = true, pattern = "^[A-Za-z0-9_-]{1,64}$", examples = "SKU-000017") String sku,
            @Schema(required = true, minimum = "1", maximum = "999") int quantity) {
    }
}
