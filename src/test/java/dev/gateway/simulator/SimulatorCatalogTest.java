package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorCatalogTest {

    private final Catalog catalog = new Catalog();
    private final UserDirectory users = new UserDirectory();

    @Test
    void pricesEverySkuBetweenOneAndNineHundredNinetyNineWithTwoDecimals() {
        for (int n = 0; n < Catalog.SIZE; n++) {
            String price = catalog.unitPrice(sku(n));
            assertTrue(price.matches("\\d{1,3}\\.\\d{2}"), price);
            BigDecimal value = new BigDecimal(price);
            assertTrue(value.compareTo(new BigDecimal("1.00")) >= 0 && value.compareTo(new BigDecimal("999.99")) <= 0,
                    price);
        }
    }

    @Test
    void knowsOnlyTheSkusOfTheCatalog() {
        assertTrue(catalog.contains("SKU-000000"));
        assertTrue(catalog.contains("SKU-039999"));
        assertFalse(catalog.contains("SKU-040000"));
        assertFalse(catalog.contains("SKU-1"));
        assertFalse(catalog.contains("sku-000001"));
        assertFalse(catalog.contains(null));
        assertThrows(IllegalArgumentException.class, () -> catalog.unitPrice("SKU-999999"));
    }

    @Test
    void keepsAboutOnePercentOfSkusOutOfStock() {
        int outOfStock = 0;
        for (int n = 0; n < Catalog.SIZE; n++) {
            int onHand = catalog.onHand(sku(n));
            assertEquals(n % 101 == 0, onHand == 0, sku(n));
            assertTrue(onHand <= 500, sku(n));
            outOfStock += onHand == 0 ? 1 : 0;
        }

        // multiples of 101 from 0 to 39996
        assertEquals(397, outOfStock);
        assertEquals(0, catalog.onHand("SKU-999999"));
    }

    @Test
    void knowsUsersZeroToNineThousandNineHundredNinetyNine() {
        assertTrue(users.find("u-0").isPresent());
        assertTrue(users.find("u-9999").isPresent());
        assertTrue(users.find("u-10000").isEmpty());
        assertTrue(users.find("u-042").isEmpty());
        assertTrue(users.find("U-42").isEmpty());
        assertTrue(users.find("u-").isEmpty());
    }

    @Test
    void spreadsUsersOverTheFourTiers() {
        Map<String, Integer> perTier = new HashMap<>();
        for (int n = 0; n < UserDirectory.SIZE; n++) {
            perTier.merge(users.find("u-" + n).orElseThrow().tier(), 1, Integer::sum);
        }

        assertEquals(Map.of("bronze", 4_000, "silver", 3_000, "gold", 2_000, "platinum", 1_000), perTier);
    }

    private static String sku(int number) {
        return String.format("SKU-%06d", number);
    }
}
