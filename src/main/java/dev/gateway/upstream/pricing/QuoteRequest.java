package dev.gateway.upstream.pricing;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: what the gateway asks pricing to quote. */
@RegisterForReflection
public record QuoteRequest(String currency, List<Item> items) {

    /** One sku and its quantity. */
    public record Item(String sku, int quantity) {
    }
}
