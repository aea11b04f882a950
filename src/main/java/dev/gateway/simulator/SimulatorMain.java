package dev.gateway.simulator;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;

/**
 * The simulated upstreams as a process of their own, apart from any gateway: what the incident
 * drill runs beside the packaged gateway, so that the two share no JVM, no event loop and no CPU
 * accounting. Reads the same keys as {@link SimulatorConfig}, as system properties:
 * {@code simulator.<name>.port}, {@code .capacity}, {@code .finishes-abandoned-calls}.
 *
 * <pre>
 *   java -Dsimulator.pricing.finishes-abandoned-calls=true \
 *        -cp "target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*:target/quarkus-app/app/*" \
 *        dev.gateway.simulator.SimulatorMain
 * </pre>
 *
 * It runs until the process is stopped; Vert.x' event loop threads keep it alive.
 */
public final class SimulatorMain {

    private static final Logger LOG = Logger.getLogger(SimulatorMain.class);

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        for (Upstream upstream : Upstream.values()) {
            SimulatedUpstream simulated = new SimulatedUpstream(vertx, upstream, settings(upstream));
            simulated.start()
                    .onSuccess(port -> LOG.infof("simulator '%s' listening on port %d", upstream.id(), port))
                    .onFailure(cause -> {
                        LOG.errorf("simulator '%s' failed to start: %s", upstream.id(), cause.getMessage());
                        vertx.close().onComplete(closed -> System.exit(1));
                    });
        }
    }

    private static UpstreamSettings settings(Upstream upstream) {
        String prefix = "simulator." + upstream.id() + ".";
        return new UpstreamSettings(
                Integer.getInteger(prefix + "port", upstream.defaultPort()),
                Integer.getInteger(prefix + "capacity", 64),
                Duration.ofMillis(20),
                Duration.ofMillis(40),
                Boolean.getBoolean(prefix + "finishes-abandoned-calls"));
    }
}
