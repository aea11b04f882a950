package dev.gateway.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.HdrHistogram.Histogram;

import dev.gateway.drill.DrillRun.Result;
import dev.gateway.drill.DrillRun.Sample;
import dev.gateway.support.OpenLoad.Reply;

/**
 * Figures of one run, per phase and per 5-second window (by when a checkout was sent): checkouts
 * sent, replies by status, latency percentiles (HdrHistogram), share priced from cache, calls
 * each upstream received per checkout, and the gateway's threads and heap.
 */
final class DrillReport {

    /** One row: a window or a whole phase. */
    record Row(String run, String phase, long fromSecond, long toSecond, int sent, int ok, int unavailable,
            int deadline, int other, long p50, long p95, long p99, long max, double cachedShare,
            Map<String, Double> callsPerCheckout, long oldestWaiting, long pricingQueue, double threads,
            double heapMegabytes) {

        double okShare() {
            return sent == 0 ? 1 : (double) ok / sent;
        }
    }

    private DrillReport() {
    }

    static List<Row> windows(Result result) {
        List<Row> rows = new ArrayList<>();
        long end = totalSeconds(result.scenario());
        for (long from = 0; from < end; from += DrillRun.WINDOW_SECONDS) {
            long to = Math.min(end, from + DrillRun.WINDOW_SECONDS);
            rows.add(row(result, phaseAt(result.scenario(), from), from, to));
        }
        return rows;
    }

    static List<Row> phases(Result result) {
        List<Row> rows = new ArrayList<>();
        long from = 0;
        for (Scenario.Phase phase : result.scenario().phases()) {
            rows.add(row(result, phase.name(), from, from + phase.seconds()));
            from += phase.seconds();
        }
        return rows;
    }

    static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder("| run | phase | seconds | sent | 200 | 503 | 504 | other "
                + "| p50 ms | p95 ms | p99 ms | max ms | cached | pricing/checkout | inventory/checkout "
                + "| profile/checkout | oldest waiting ms | pricing queue | threads | heap MB |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            table.append(("| %s | %s | %d-%d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.0f%% "
                    + "| %.2f | %.2f | %.2f | %d | %d | %.0f | %.0f |\n")
                    .formatted(row.run(), row.phase(), row.fromSecond(), row.toSecond(), row.sent(), row.ok(),
                            row.unavailable(), row.deadline(), row.other(), row.p50(), row.p95(), row.p99(),
                            row.max(), row.cachedShare() * 100, row.callsPerCheckout().get("pricing"),
                            row.callsPerCheckout().get("inventory"), row.callsPerCheckout().get("profile"),
                            row.oldestWaiting(), row.pricingQueue(), row.threads(), row.heapMegabytes()));
        }
        return table.toString();
    }

    private static Row row(Result result, String phase, long fromSecond, long toSecond) {
        Predicate<Reply> inside = reply -> reply.sentAtMillis() >= fromSecond * 1000
                && reply.sentAtMillis() < toSecond * 1000;
        List<Reply> replies = result.replies().stream().filter(inside).toList();
        Histogram latency = new Histogram(3_600_000L, 3);
        int ok = 0, unavailable = 0, deadline = 0, other = 0, cached = 0;
        for (Reply reply : replies) {
            latency.recordValue(Math.max(0, Math.min(reply.millis(), 3_600_000L)));
            switch (reply.status()) {
                case 200 -> ok++;
                case 503 -> unavailable++;
                case 504 -> deadline++;
                default -> other++;
            }
            cached += reply.status() == 200 && reply.body().contains("\"priceSource\":\"cached\"") ? 1 : 0;
        }

        Sample first = sampleAt(result.samples(), fromSecond * 1000);
        Sample last = sampleAt(result.samples(), toSecond * 1000);
        Map<String, Double> perCheckout = new java.util.LinkedHashMap<>();
        for (String upstream : DrillProcesses.UPSTREAMS) {
            long calls = last.received().get(upstream) - first.received().get(upstream);
            perCheckout.put(upstream, replies.isEmpty() ? 0 : (double) calls / replies.size());
        }
        return new Row(result.label(), phase, fromSecond, toSecond, replies.size(), ok, unavailable, deadline, other,
                latency.getValueAtPercentile(50), latency.getValueAtPercentile(95),
                latency.getValueAtPercentile(99), latency.getMaxValue(),
                ok == 0 ? 0 : (double) cached / ok, perCheckout, oldestWaiting(result.replies(), toSecond * 1000),
                last.pricingQueue(), last.threads(), last.heapMegabytes());
    }

    /** How long the oldest checkout still unanswered at {@code atMillis} had been waiting then. */
    private static long oldestWaiting(List<Reply> replies, long atMillis) {
        long oldest = 0;
        for (Reply reply : replies) {
            boolean waiting = reply.sentAtMillis() < atMillis && reply.sentAtMillis() + reply.millis() > atMillis;
            oldest = waiting ? Math.max(oldest, atMillis - reply.sentAtMillis()) : oldest;
        }
        return oldest;
    }

    /** The sample taken closest to {@code atMillis}. */
    private static Sample sampleAt(List<Sample> samples, long atMillis) {
        Sample closest = samples.get(0);
        for (Sample sample : samples) {
            if (Math.abs(sample.atMillis() - atMillis) < Math.abs(closest.atMillis() - atMillis)) {
                closest = sample;
            }
        }
        return closest;
    }

    private static String phaseAt(Scenario scenario, long second) {
        long end = 0;
        for (Scenario.Phase phase : scenario.phases()) {
            end += phase.seconds();
            if (second < end) {
                return phase.name();
            }
        }
        return scenario.phases().get(scenario.phases().size() - 1).name();
    }

    static long totalSeconds(Scenario scenario) {
        return scenario.phases().stream().mapToLong(Scenario.Phase::seconds).sum();
    }
}
