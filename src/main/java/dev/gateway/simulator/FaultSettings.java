package dev.gateway.simulator;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Faults injected into one simulated upstream; {@link #HEALTHY} injects none. On the wire (admin endpoint
 * {@code /sim/faults}) it reads {@code {"latency": "2800ms", "errorRate": 0.5, "errorStatus": 503, "hang": false}}.
 *
 * @param latency     service time that replaces the sampled healthy one; empty keeps the healthy distribution
 * @param errorRate   share of calls, 0 to 1, answered with {@code errorStatus} once their service time is over
 * @param errorStatus HTTP status of a failed call, 400 to 599, 503 unless set
 * @param hang        when true, new calls are accepted and never answered until their caller closes the
 *                    connection; a hung call holds no capacity slot
 */
public record FaultSettings(Optional<Duration> latency, double errorRate, int errorStatus, boolean hang) {

    /** Status of a failed call when none is given. */
    public static final int DEFAULT_ERROR_STATUS = 503;

    /** No fault at all. */
    public static final FaultSettings HEALTHY = new FaultSettings(Optional.empty(), 0, DEFAULT_ERROR_STATUS, false);

    private static final Set<String> FIELDS = Set.of("latency", "errorRate", "errorStatus", "hang");

    /** Checks every range above and fails with the offending value. */
    public FaultSettings {
        Objects.requireNonNull(latency, "latency");
        if (latency.filter(Duration::isNegative).isPresent()) {
            throw invalid("latency must not be negative", latency.get());
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw invalid("errorRate must be between 0 and 1", errorRate);
        }
        if (errorStatus < 400 || errorStatus > 599) {
            throw invalid("errorStatus must be 400 to 599", errorStatus);
        }
    }

    /**
     * Reads the admin wire form. Every field is optional and a missing one takes its healthy value, so the
     * result replaces the previous faults as a whole.
     *
     * @throws IllegalArgumentException for an unknown field, a wrong type or a value out of range
     */
    public static FaultSettings fromJson(JsonObject json) {
        for (String field : json.fieldNames()) {
            if (!FIELDS.contains(field)) {
                throw invalid("unknown field, expected latency, errorRate, errorStatus or hang", field);
            }
        }
        return new FaultSettings(latencyOf(json), errorRateOf(json), errorStatusOf(json), hangOf(json));
    }

    /** The admin wire form; a missing latency is written as null. */
    public JsonObject toJson() {
        return new JsonObject()
                .put("latency", latency.map(DurationText::format).orElse(null))
                .put("errorRate", errorRate)
                .put("errorStatus", errorStatus)
                .put("hang", hang);
    }

    private static Optional<Duration> latencyOf(JsonObject json) {
        Object value = json.getValue("latency");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid("latency must be a duration text such as \"2800ms\"", value);
        }
        return Optional.of(DurationText.parse(text));
    }

    private static double errorRateOf(JsonObject json) {
        Object value = json.getValue("errorRate");
        if (value == null) {
            return HEALTHY.errorRate;
        }
        if (!(value instanceof Number number)) {
            throw invalid("errorRate must be a number", value);
        }
        return number.doubleValue();
    }

    private static int errorStatusOf(JsonObject json) {
        Object value = json.getValue("errorStatus");
        if (value == null) {
            return DEFAULT_ERROR_STATUS;
        }
        if (!(value instanceof Integer status)) {
            throw invalid("errorStatus must be a whole number", value);
        }
        return status;
    }

    private static boolean hangOf(JsonObject json) {
        Object value = json.getValue("hang");
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean hang)) {
            throw invalid("hang must be true or false", value);
        }
        return hang;
    }

    private static IllegalArgumentException invalid(String rule, Object value) {
        return new IllegalArgumentException(rule + " (was " + value + ")");
    }
}
