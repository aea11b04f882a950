package dev.gateway.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gateway.support.OpenLoad;
import dev.gateway.support.OpenLoad.Reply;

/**
 * One run of the scenario against one gateway: warm-up (every cart once, not measured), then the
 * phases on schedule (an open model: checkouts go out on time however slow the replies), faults
 * set at each phase's start, and every 5 seconds a sample of the upstreams' call counters and the
 * gateway's threads and heap.
 */
final class DrillRun {

    static final int WINDOW_SECONDS = 5;
    private static final int CARTS = 100;

    /** A sample taken every window: seconds since the scenario started, counters and gauges. */
    record Sample(long atMillis, Map<String, Long> received, long pricingQueue, double threads,
            double heapMegabytes) {
    }

    /** What the run produced: every reply, and the samples. */
    record Result(String label, Scenario scenario, List<Reply> replies, List<Sample> samples, long startedAtMillis) {
    }

    private static final Pattern THREADS = Pattern.compile("(?m)^jvm_threads_live_threads\\S* (\\S+)$");
    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} (\\S+)$");

    private DrillRun() {
    }

    static Result run(String label, Scenario scenario, DrillProcesses processes) {
        List<String> carts = carts();
        ZipfPicker popularity = new ZipfPicker(CARTS, 1.1, 42);
        List<Sample> samples = new CopyOnWriteArrayList<>();
        ScheduledExecutorService sampler =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "drill-sampler"));

        try (OpenLoad warmUp = new OpenLoad(processes.checkout(), Duration.ofSeconds(60));
                OpenLoad load = new OpenLoad(processes.checkout(), Duration.ofSeconds(60))) {
            // Every cart once (prices known, as in a shop that has been open a while), then a ramp
            // to the first phase's rate for the JIT, until no breaker is open: a gateway that
            // has just started is slow at first, and is measured only once it is not.
            int rate = scenario.phases().get(0).rate();
            warmUp.run(50, Duration.ofSeconds(CARTS / 50), carts::get);
            warmUp.run(Math.max(1, rate / 2), Duration.ofSeconds(15), n -> carts.get(popularity.next()));
            warmUp.run(rate, Duration.ofSeconds(10), n -> carts.get(popularity.next()));
            for (int tries = 0; tries < 15 && !processes.breakersClosed(); tries++) {
                warmUp.run(20, Duration.ofSeconds(2), n -> carts.get(popularity.next()));
            }
            warmUp.replies(Duration.ofSeconds(60));

            long startedAt = load.elapsedMillis();
            sampler.scheduleAtFixedRate(() -> samples.add(sample(processes, load.elapsedMillis() - startedAt)),
                    0, WINDOW_SECONDS, TimeUnit.SECONDS);
            for (Scenario.Phase phase : scenario.phases()) {
                phase.faults().forEach((upstream, fault) ->
                        processes.fault(upstream, fault == null || fault.isNull() ? null : fault.toString()));
                load.run(phase.rate(), Duration.ofSeconds(phase.seconds()),
                        n -> carts.get(popularity.next()));
            }
            List<Reply> replies = load.replies(Duration.ofSeconds(120));
            samples.add(sample(processes, load.elapsedMillis() - startedAt));
            return new Result(label, scenario, shifted(replies, startedAt), List.copyOf(samples), startedAt);
        } finally {
            sampler.shutdownNow();
        }
    }

    private static List<Reply> shifted(List<Reply> replies, long startedAt) {
        List<Reply> shifted = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            shifted.add(new Reply(reply.sentAtMillis() - startedAt, reply.status(), reply.body(), reply.millis()));
        }
        return shifted;
    }

    private static Sample sample(DrillProcesses processes, long atMillis) {
        Map<String, Long> received = new ConcurrentHashMap<>();
        DrillProcesses.UPSTREAMS.forEach(upstream -> received.put(upstream, processes.stat(upstream, "received")));
        long pricingQueue = processes.stat("pricing", "queued");
        String scrape = processes.scrape();
        return new Sample(atMillis, received, pricingQueue, first(THREADS, scrape), sum(HEAP, scrape) / (1024 * 1024));
    }

    private static double first(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        return found.find() ? Double.parseDouble(found.group(1)) : Double.NaN;
    }

    private static double sum(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        double total = 0;
        while (found.find()) {
            total += Double.parseDouble(found.group(1));
        }
        return total;
    }

    /**
     * A fixed set of carts over catalog skus, one to three lines each; skus the simulator keeps
     * out of stock (numbers divisible by 101) are left out so that a healthy run answers 200.
     */
    static List<String> carts() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> carts = new ArrayList<>(CARTS);
        for (int i = 0; i < CARTS; i++) {
            StringBuilder items = new StringBuilder();
            java.util.Set<Integer> skus = new java.util.TreeSet<>();
            int lines = 1 + random.nextInt(3);
            while (skus.size() < lines) {
                int sku = random.nextInt(40_000);
                if (sku % 101 != 0) {
                    skus.add(sku);
                }
            }
            for (int sku : skus) {
                items.append(items.isEmpty() ? "" : ",")
                        .append("{\"sku\":\"SKU-%06d\",\"quantity\":%d}".formatted(sku, 1 + random.nextInt(3)));
            }
            carts.add("{\"userId\":\"u-%d\",\"items\":[%s]}".formatted(random.nextInt(10_000), items));
        }
        return carts;
    }

    /** Picks ranks 0..n-1 with Zipf popularity: rank r has weight 1 / (r + 1)^s. */
    static final class ZipfPicker {

        private final double[] cumulative;
        private final SplittableRandom random;

        ZipfPicker(int n, double exponent, long seed) {
            cumulative = new double[n];
            double total = 0;
            for (int rank = 0; rank < n; rank++) {
                total += 1 / Math.pow(rank + 1, exponent);
                cumulative[rank] = total;
            }
            for (int rank = 0; rank < n; rank++) {
                cumulative[rank] /= total;
            }
            random = new SplittableRandom(seed);
        }

        synchronized int next() {
            double u = random.nextDouble();
            int index = java.util.Arrays.binarySearch(cumulative, u);
            return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
        }
    }
}
