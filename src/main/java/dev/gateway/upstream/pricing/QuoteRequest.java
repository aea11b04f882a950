package dev.gateway.upstream.pricing;

import java.util.List;

/** Wire type: what the gateway asks pricing to quote. */
public record QuoteRequest(String currency, List<Item> items) {

    /** One sku and its quantity. */
    public record Item(String sku, int quantity) {
    }
}
