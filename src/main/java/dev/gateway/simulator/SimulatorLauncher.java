package dev.gateway.simulator;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Starts the simulated pricing, inventory and profile upstreams with the application when
 * {@code simulator.enabled} is true, and stops them when it shuts down. Tests in other packages look a running
 * upstream up by its name ({@code pricing}, {@code inventory}, {@code profile}) to learn its port, read its
 * counters or inject faults.
 */
@Singleton
public class SimulatorLauncher {

    private static final Logger LOG = Logger.getLogger(SimulatorLauncher.class);
    private static final long WAIT_SECONDS = 10;

    private final Vertx vertx;
    private final SimulatorConfig config;
    private volatile Map<Upstream, SimulatedUpstream> running = Map.of();

    /** A launcher that starts nothing until {@link #start()} or the startup event. */
    @Inject
    public SimulatorLauncher(Vertx vertx, SimulatorConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /**
     * Starts every upstream and waits until all listen; does nothing when they already run. Blocks, so it must
     * not run on an event loop.
     *
     * @throws IllegalStateException when one cannot listen, e.g. its port is taken; the others are stopped again
     */
    public synchronized void start() {
        if (!running.isEmpty()) {
            return;
        }
        Map<Upstream, SimulatedUpstream> started = new EnumMap<>(Upstream.class);
        for (Upstream upstream : Upstream.values()) {
            started.put(upstream, new SimulatedUpstream(vertx, upstream, settingsOf(upstream)));
        }
        running = Map.copyOf(started);

        try {
            await(Future.all(started.values().stream().map(SimulatedUpstream::start).toList()));
        } catch (IllegalStateException e) {
            stop();
            throw e;
        }
        started.values().forEach(SimulatorLauncher::logListening);
    }

    /** Stops every running upstream and waits until they are closed. Blocks, so not on an event loop. */
    public synchronized void stop() {
        List<Future<Void>> stopping = new ArrayList<>();
        running.values().forEach(upstream -> stopping.add(upstream.stop()));
        running = Map.of();
        await(Future.join(stopping));
    }

    /**
     * The port an upstream listens on.
     *
     * @param upstream {@code pricing}, {@code inventory} or {@code profile}
     * @throws IllegalStateException when the simulator is not running
     */
    public int port(String upstream) {
        return runningNamed(upstream).port();
    }

    /** The call counters of a running upstream, by name as for {@link #port(String)}. */
    public UpstreamStats stats(String upstream) {
        return runningNamed(upstream).stats();
    }

    /** The injected faults of a running upstream, by name as for {@link #port(String)}. */
    public Faults faults(String upstream) {
        return runningNamed(upstream).faults();
    }

    private SimulatedUpstream runningNamed(String name) {
        SimulatedUpstream upstream = running.get(Upstream.named(name));
        if (upstream == null) {
            throw new IllegalStateException("simulated upstream '" + name + "' is not running"
                    + " (simulator.enabled is " + config.enabled() + ")");
        }
        return upstream;
    }

    private UpstreamSettings settingsOf(Upstream upstream) {
        SimulatorConfig.UpstreamConfig subtree = switch (upstream) {
            case PRICING -> config.pricing();
            case INVENTORY -> config.inventory();
            case PROFILE -> config.profile();
        };
        return new UpstreamSettings(subtree.port().orElse(upstream.defaultPort()), subtree.capacity(),
                subtree.medianLatency(), subtree.p99Latency(), subtree.finishesAbandonedCalls());
    }

    private static void logListening(SimulatedUpstream upstream) {
        UpstreamSettings settings = upstream.settings();
        LOG.infof("simulator '%s' listening on port %d (capacity %d, median latency %dms, p99 latency %dms)",
                upstream.upstream().id(), upstream.port(), settings.capacity(),
                settings.medianLatency().toMillis(), settings.p99Latency().toMillis());
    }

    private static void await(Future<?> future) {
        try {
            future.toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("simulator did not start or stop within " + WAIT_SECONDS + "s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping the simulator", e);
        }
    }
}
