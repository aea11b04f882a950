package dev.gateway.simulator;

import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The simulated product catalog: {@value #SIZE} skus, {@code SKU-000000} to {@code SKU-039999}. Price and stock
 * of each follow from its number {@code n} alone, so every run and every test sees the same figures:
 *
 * <pre>
 *   unit price in cents = 100 + (7919 n + 1237) mod 99900      always 1.00 to 999.99
 *   on hand             = 0                        when n mod 101 = 0 (SKU-000000, SKU-000101, SKU-000202, ...:
 *                                                   397 skus, about 1 % of the catalog)
 *                       = 1 + (37 n + 11) mod 500  otherwise, 1 to 500
 * </pre>
 *
 * Prices do not depend on the currency. Stateless and safe to share.
 */
public final class Catalog {

    /** Number of skus in the catalog. */
    public static final int SIZE = 40_000;

    private static final Pattern SKU = Pattern.compile("SKU-\\d{6}");
    private static final int OUT_OF_STOCK_EVERY = 101;

    /** The number of a catalog sku, or empty for any other string. */
    public OptionalInt numberOf(String sku) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(sku.substring(4));
        return number < SIZE ? OptionalInt.of(number) : OptionalInt.empty();
    }

    /** Whether the sku is in the catalog. */
    public boolean contains(String sku) {
        return numberOf(sku).isPresent();
    }

    /**
     * The unit price as money text with exactly two decimals, such as {@code "12.50"}.
     *
     * @throws IllegalArgumentException for a sku outside the catalog
     */
    public String unitPrice(String sku) {
        long cents = 100 + (7_919L * known(sku) + 1_237) % 99_900;
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Units on hand; 0 for a sku outside the catalog. */
    public int onHand(String sku) {
        OptionalInt number = numberOf(sku);
        if (number.isEmpty() || number.getAsInt() % OUT_OF_STOCK_EVERY == 0) {
            return 0;
        }
        return 1 + (37 * number.getAsInt() + 11) % 500;
    }

    private int known(String sku) {
        return numberOf(sku).orElseThrow(() -> new IllegalArgumentException("not a catalog sku: " + sku));
    }
}
