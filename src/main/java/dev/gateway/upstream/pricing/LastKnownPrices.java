package dev.gateway.upstream.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * The last good unit price of every sku, per currency, filled from live quotes only. Entries
 * expire after the cache's {@code expire-after-write} (the maximum staleness of a fallback price)
 * and the cache holds at most {@code maximum-size} of them; both are Quarkus cache settings of
 * the cache {@value #NAME}. In Prometheus, besides the cache's own metrics from quarkus-cache
 * ({@code cache_size{cache="last-known-prices"}} for the prices held):
 *
 * <pre>
 *   checkout_price_cache_lookups_total{result}       fallback look-ups, hit (every sku known) or miss
 *   checkout_price_cache_age_seconds                 histogram of the age of the oldest price served
 * </pre>
 */
@ApplicationScoped
public class LastKnownPrices {

    /** The Quarkus cache name. */
    public static final String NAME = "last-known-prices";

    private final CaffeineCache cache;
    private final Counter hits;
    private final Counter misses;
    private final Timer age;

    LastKnownPrices(@CacheName(NAME) Cache cache, MeterRegistry registry) {
        this.cache = cache.as(CaffeineCache.class);
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
        this.age = Timer.builder("checkout.price.cache.age")
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1),
                        Duration.ofMinutes(5), Duration.ofMinutes(10))
                .register(registry);
    }

    /** Remembers every price of a live quote. */
    public void remember(String currency, Map<String, BigDecimal> unitPrices) {
        long now = System.currentTimeMillis();
        unitPrices.forEach((sku, price) ->
                cache.put(key(currency, sku), CompletableFuture.completedFuture(new KnownPrice(price, now))));
    }

    /** Every sku's last known price, or empty when any one is missing. */
    public Optional<Map<String, BigDecimal>> lookup(String currency, Iterable<String> skus) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        long oldest = Long.MAX_VALUE;
        for (String sku : skus) {
            CompletableFuture<KnownPrice> known = cache.getIfPresent(key(currency, sku));
            KnownPrice price = known == null ? null : known.getNow(null);
            if (price == null) {
                misses.increment();
                return Optional.empty();
            }
            prices.put(sku, price.unitPrice());
            oldest = Math.min(oldest, price.fetchedAtMillis());
        }

        hits.increment();
        age.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - oldest)));
        return Optional.of(prices);
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("checkout.price.cache.lookups").tag("result", result).register(registry);
    }

    private static String key(String currency, String sku) {
        return currency + ':' + sku;
    }

    /** A price and when pricing quoted it. */
    private record KnownPrice(BigDecimal unitPrice, long fetchedAtMillis) {
    }
}
