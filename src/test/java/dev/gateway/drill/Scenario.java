package dev.gateway.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The incident as one description shared with the k6 script
 * ({@code load-tests/scenarios/incident-pricing-slow.json}): phases with their rate, length and
 * faults, and the thresholds that judge the "after" run. Scaled down for CI by two factors, one
 * for time and one for rate, so that the shape stays the same.
 */
record Scenario(String name, List<Phase> phases, Map<String, JsonNode> thresholds) {

    /** One phase: {@code faults} maps an upstream to the fault JSON to set, or to null to heal it. */
    record Phase(String name, int seconds, int rate, Map<String, JsonNode> faults) {
    }

    static Scenario load(Path file, double timeScale, double rateScale) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            List<Phase> phases = new ArrayList<>();
            for (JsonNode phase : root.withArray("phases")) {
                Map<String, JsonNode> faults = new java.util.LinkedHashMap<>();
                phase.path("faults").fields().forEachRemaining(fault -> faults.put(fault.getKey(), fault.getValue()));
                phases.add(new Phase(phase.path("name").asText(),
                        Math.max(5, (int) Math.round(phase.path("seconds").asInt() * timeScale)),
                        Math.max(1, (int) Math.round(phase.path("rate").asInt() * rateScale)), faults));
            }
            Map<String, JsonNode> thresholds = new java.util.LinkedHashMap<>();
            root.path("thresholds").fields().forEachRemaining(t -> thresholds.put(t.getKey(), t.getValue()));
            return new Scenario(root.path("name").asText(), List.copyOf(phases), thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
    }

    /** A threshold of a phase (or of {@code run}), or {@code absent} when the scenario sets none. */
    double threshold(String phase, String key, double absent) {
        JsonNode value = thresholds.getOrDefault(phase, null);
        return value == null || !value.has(key) ? absent : value.get(key).asDouble();
    }
}
