package dev.gateway.upstream.pricing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Unit prices for every sku of a cart.
 *
 * @param unitPrices price per sku, scale 2
 * @param cached true when every price came from the last known good prices
 */
public record PriceQuote(Map<String, BigDecimal> unitPrices, boolean cached) {
}
