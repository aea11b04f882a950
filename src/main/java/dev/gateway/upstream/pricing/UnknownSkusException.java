package dev.gateway.upstream.pricing;

import java.util.List;

import dev.gateway.resilience.BusinessAnswer;

/** Pricing's answer that some skus are not in the catalog: the cart is wrong, not pricing. */
public class UnknownSkusException extends RuntimeException implements BusinessAnswer {

    private final List<String> unknown;

    public UnknownSkusException(List<String> unknown) {
        super("unknown skus: " + unknown, null, false, false);
        this.unknown = List.copyOf(unknown);
    }

    /** The skus pricing does not know. */
    public List<String> unknown() {
        return unknown;
    }
}
