package dev.gateway.upstream.pricing;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Wire type: pricing's 200 answer. Unit prices are money strings such as {@code "12.50"}. */
@RegisterForReflection
public record QuoteReply(String currency, List<Price> prices) {

    /** The unit price of one sku. */
    public record Price(String sku, String unitPrice) {
    }
}
