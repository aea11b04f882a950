package dev.gateway.upstream.pricing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * The last good unit price of every sku, per currency, filled from live quotes only. Entries
 * expire after the cache's {@code expire-after-write} (the maximum staleness of a fallback price)
 * and the cache holds at most {@code maximum-size} of them; both are Quarkus cache settings of
 * the cache {@value #NAME}.
 */
@ApplicationScoped
public class LastKnownPrices {

    /** The Quarkus cache name. */
    public static final String NAME = "last-known-prices";

    private final CaffeineCache cache;

    LastKnownPrices(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    /** Remembers every price of a live quote. */
    public void remember(String currency, Map<String, BigDecimal> unitPrices) {
        unitPrices.forEach((sku, price) -> cache.put(key(currency, sku), CompletableFuture.completedFuture(price)));
    }

    /** Every sku's last known price, or empty when any one is missing. */
    public Optional<Map<String, BigDecimal>> lookup(String currency, Iterable<String> skus) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (String sku : skus) {
            CompletableFuture<BigDecimal> known = cache.getIfPresent(key(currency, sku));
            BigDecimal price = known == null ? null : known.getNow(null);
            if (price == null) {
                return Optional.empty();
            }
            prices.put(sku, price);
        }
        return Optional.of(prices);
    }

    private static String key(String currency, String sku) {
        return currency + ':' + sku;
    }
}
