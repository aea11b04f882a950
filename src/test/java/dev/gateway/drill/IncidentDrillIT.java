package dev.gateway.drill;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.gateway.drill.DrillReport.Row;

/**
 * The incident drill: the scenario shared with k6 replayed against the packaged gateway twice,
 * first in profile {@code before} (the write-up's original design), then in production
 * configuration. Writes {@code target/drill/incident-drill.md} (tables per phase and per 5-second
 * window) and {@code incident-drill.png}, then judges "after" by the scenario's thresholds and
 * checks that "before" collapses as the write-up describes.
 *
 * <p>Size: {@code -Ddrill.time-scale} and {@code -Ddrill.rate-scale} shrink the phases' length and
 * rate (1.0 is the scenario as written: 3 x 60 s at 200/s). Run with
 * {@code mvn -B verify -DskipUTs -DskipITs=false -Ddrill.time-scale=0.34 -Ddrill.rate-scale=0.5}.
 */
class IncidentDrillIT {

    private static final Path SCENARIO = Path.of("load-tests", "scenarios", "incident-pricing-slow.json");
    private static final Path OUT = Path.of("target", "drill");
    private static final int THREAD_DRIFT = 10;

    @Test
    void afterStaysFlatWhereTheOriginalDesignCollapses() throws IOException {
        double timeScale = Double.parseDouble(System.getProperty("drill.time-scale", "1.0"));
        double rateScale = Double.parseDouble(System.getProperty("drill.rate-scale", "1.0"));
        Scenario scenario = Scenario.load(SCENARIO, timeScale, rateScale);

        DrillRun.Result before = runAgainst("before", scenario);
        DrillRun.Result after = runAgainst("prod", scenario);
        List<Row> beforeWindows = DrillReport.windows(before);
        List<Row> afterWindows = DrillReport.windows(after);
        write(scenario, timeScale, rateScale, before, after, beforeWindows, afterWindows);

        List<Executable> checks = new ArrayList<>(afterHolds(scenario, after, afterWindows));
        checks.addAll(beforeCollapses(before, beforeWindows));
        assertAll(checks);
    }

    private static DrillRun.Result runAgainst(String profile, Scenario scenario) {
        try (DrillProcesses processes = DrillProcesses.start(profile, OUT)) {
            return DrillRun.run(profile.equals("prod") ? "after" : "before", scenario, processes);
        }
    }

    private static List<Executable> afterHolds(Scenario scenario, DrillRun.Result after, List<Row> windows) {
        List<Executable> checks = new ArrayList<>();
        for (Row phase : DrillReport.phases(after)) {
            String name = phase.phase();
            checks.add(atMost("after " + name + " p95", phase.p95(), scenario.threshold(name, "p95Ms", 1e9)));
            checks.add(atMost("after " + name + " p99", phase.p99(), scenario.threshold(name, "p99Ms", 1e9)));
            checks.add(atLeast("after " + name + " 200 share", phase.okShare(),
                    scenario.threshold(name, "okRatio", 0)));
            checks.add(atLeast("after " + name + " cached share", phase.cachedShare(),
                    scenario.threshold(name, "cachedRatioMin", 0)));
            checks.add(atMost("after " + name + " cached share", phase.cachedShare(),
                    scenario.threshold(name, "cachedRatioMax", 1)));
        }
        for (Row window : only(windows, row -> row.phase().equals("incident"))) {
            checks.add(atMost("after incident window " + window.fromSecond() + "s p99", window.p99(),
                    scenario.threshold("incident", "p99Ms", 1e9)));
        }

        Row last = windows.get(windows.size() - 1);
        checks.add(atMost("after last window cached share (live prices back)", last.cachedShare(), 0.05));
        checks.add(atMost("after pricing calls per checkout", pricingPerCheckout(after),
                scenario.threshold("run", "pricingCallsPerCheckoutMax", 1e9)));
        double fewest = windows.stream().mapToDouble(Row::threads).min().orElse(0);
        double most = windows.stream().mapToDouble(Row::threads).max().orElse(0);
        checks.add(atMost("after thread count drift", most - fewest, THREAD_DRIFT));
        return checks;
    }

    /**
     * The write-up's collapse: checkouts wait longer window after window (the oldest unanswered
     * one ages with the incident), pricing's own line grows, its p99 goes past the 3s client
     * timeout, and retries multiply the calls pricing receives.
     */
    private static List<Executable> beforeCollapses(DrillRun.Result before, List<Row> windows) {
        List<Row> incident = only(windows, row -> row.phase().equals("incident"));
        Row incidentPhase = only(DrillReport.phases(before), row -> row.phase().equals("incident")).get(0);
        double baselineRate = before.scenario().phases().get(0).rate();
        double peakPricingPerSecond = windows.stream().mapToDouble(DrillIncidentFigures::pricingPerSecond).max()
                .orElse(0);

        List<Executable> checks = new ArrayList<>();
        for (int i = 1; i < incident.size(); i++) {
            Row previous = incident.get(i - 1);
            Row window = incident.get(i);
            checks.add(atLeast("before oldest waiting checkout at " + window.toSecond() + "s",
                    window.oldestWaiting(), previous.oldestWaiting() + 1));
            checks.add(atLeast("before pricing queue at " + window.toSecond() + "s", window.pricingQueue(),
                    previous.pricingQueue() + 1));
        }
        checks.add(atLeast("before incident p99 beyond the 3s client timeout", incidentPhase.p99(), 3000));
        checks.add(atLeast("before peak pricing calls/s vs the checkout rate", peakPricingPerSecond,
                2.5 * baselineRate));
        return checks;
    }

    private static double pricingPerCheckout(DrillRun.Result result) {
        long calls = result.samples().get(result.samples().size() - 1).received().get("pricing")
                - result.samples().get(0).received().get("pricing");
        return (double) calls / Math.max(1, result.replies().size());
    }

    private static void write(Scenario scenario, double timeScale, double rateScale, DrillRun.Result before,
            DrillRun.Result after, List<Row> beforeWindows, List<Row> afterWindows) throws IOException {
        Files.createDirectories(OUT);
        List<Row> phases = new ArrayList<>(DrillReport.phases(before));
        phases.addAll(DrillReport.phases(after));
        List<Row> windows = new ArrayList<>(beforeWindows);
        windows.addAll(afterWindows);
        String report = """
                # Incident drill: %s

                %s, %d cores, Java %s; phases %s at time scale %s and rate scale %s.
                Pricing calls per checkout over the whole run: before %.2f, after %.2f.

                ## Per phase

                %s
                ## Per 5-second window

                %s""".formatted(scenario.name(), LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), scenario.phases().stream()
                        .map(p -> p.name() + " " + p.seconds() + "s@" + p.rate() + "/s").toList(),
                timeScale, rateScale, pricingPerCheckout(before), pricingPerCheckout(after),
                DrillReport.markdown(phases), DrillReport.markdown(windows));
        Files.writeString(OUT.resolve("incident-drill.md"), report);
        DrillChart.write(OUT.resolve("incident-drill.png"), beforeWindows, afterWindows);
        System.out.println(report);
    }

    private static List<Row> only(List<Row> rows, Predicate<Row> keep) {
        return rows.stream().filter(keep).toList();
    }

    private static Executable atMost(String what, double value, double limit) {
        return () -> assertTrue(value <= limit, what + ": " + value + " vs limit " + limit);
    }

    private static Executable atLeast(String what, double value, double limit) {
        return () -> assertTrue(value >= limit, what + ": " + value + " vs at least " + limit);
    }
}
