package dev.gateway.checkout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a checkout request and checks every rule of the contract, collecting all broken ones.
 * Types are strict: a quantity of {@code "2"}, {@code 2.7} or {@code true} is an error, not a
 * coercion, and a key given twice is malformed JSON.
 */
@ApplicationScoped
public class CartParser {

    static final int MAX_ITEMS = 100;
    static final int MAX_QUANTITY = 999;
    /** A cart of 100 items is about 5 KB; the HTTP layer refuses past 1 MB without a body of ours. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String DEFAULT_CURRENCY = "USD";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The cart in {@code body}, or {@link InvalidCartException} listing every broken rule. */
    public Cart parse(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException(body.length, MAX_BODY_BYTES);
        }
        JsonNode root = readTree(body);
        List<FieldError> errors = new ArrayList<>();

        String userId = identifier(root.get("userId"), "userId", errors);
        String currency = currency(root.get("currency"), errors);
        List<CartItem> items = items(root.get("items"), errors);

        if (!errors.isEmpty()) {
            throw new InvalidCartException(errors);
        }
        return new Cart(userId, currency, items);
    }

    private JsonNode readTree(byte[] body) {
        try {
            JsonNode root = body == null || body.length == 0 ? null : json.readTree(body);
            if (root == null || !root.isObject()) {
                throw invalid("body", "must be a JSON object");
            }
            return root;
        } catch (IOException malformed) {
            throw invalid("body", "is not well-formed JSON");
        }
    }

    private static String identifier(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isTextual() || !IDENTIFIER.matcher(node.textValue()).matches()) {
            errors.add(new FieldError(field, "must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -"));
            return null;
        }
        return node.textValue();
    }

    private static String currency(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return DEFAULT_CURRENCY;
        }
        if (!node.isTextual() || !CURRENCY.matcher(node.textValue()).matches()) {
            errors.add(new FieldError("currency", "must be three upper-case letters, such as USD"));
            return null;
        }
        return node.textValue();
    }

    private static List<CartItem> items(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "must be a list of 1 to " + MAX_ITEMS + " items"));
            return List.of();
        }
        List<CartItem> items = new ArrayList<>(node.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            CartItem item = item(node.get(i), "items[" + i + "]", errors);
            if (item != null && !seen.add(item.sku())) {
                errors.add(new FieldError("items[" + i + "].sku", "must be unique within the cart"));
            }
            items.add(item);
        }
        return items;
    }

    private static CartItem item(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(path, "must be an object with sku and quantity"));
            return null;
        }
        String sku = identifier(node.get("sku"), path + ".sku", errors);
        Integer quantity = quantity(node.get("quantity"), path + ".quantity", errors);
        return sku == null || quantity == null ? null : new CartItem(sku, quantity);
    }

    private static Integer quantity(JsonNode node, String field, List<FieldError> errors) {
        boolean whole = node != null && node.isIntegralNumber() && node.canConvertToInt();
        if (!whole || node.intValue() < 1 || node.intValue() > MAX_QUANTITY) {
            errors.add(new FieldError(field, "must be a whole number from 1 to " + MAX_QUANTITY));
            return null;
        }
        return node.intValue();
    }

    private static InvalidCartException invalid(String field, String message) {
        return new InvalidCartException(List.of(new FieldError(field, message)));
    }
}
