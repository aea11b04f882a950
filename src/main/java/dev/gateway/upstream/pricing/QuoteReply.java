package dev.gateway.upstream.pricing;

import java.util.List;

/** Wire type: pricing's 200 answer. Unit prices are money strings such as {@code "12.50"}. */
public record QuoteReply(String currency, List<Price> prices) {

    /** The unit price of one sku. */
    public record Price(String sku, String unitPrice) {
    }
}
