package dev.gateway.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Settings of the simulated upstreams, under {@code simulator}. Each upstream has its own subtree with the same
 * keys, e.g. {@code simulator.pricing.capacity=64} or {@code simulator.profile.p99-latency=40ms}.
 */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Whether the simulated upstreams start with the application. Default false; the dev profile turns it on. */
    @WithDefault("false")
    boolean enabled();

    /** The simulated pricing service, {@code simulator.pricing.*}. */
    UpstreamConfig pricing();

    /** The simulated inventory service, {@code simulator.inventory.*}. */
    UpstreamConfig inventory();

    /** The simulated profile service, {@code simulator.profile.*}. */
    UpstreamConfig profile();

    /** The subtree of one simulated upstream. */
    interface UpstreamConfig {

        /**
         * TCP port the upstream listens on, 0 to 65535; 0 picks a free port (read it back from
         * {@link SimulatorLauncher#port(String)}). Default 8091 for pricing, 8092 for inventory, 8093 for profile.
         */
        OptionalInt port();

        /**
         * Calls served at the same time, at least 1. Calls beyond it wait in a first-in first-out line, so extra
         * load shows up as extra latency. Default 64.
         */
        @WithDefault("64")
        int capacity();

        /**
         * Median service time of a healthy call, a duration such as {@code 20ms}, at least 1ms. Default 20ms.
         */
        @WithName("median-latency")
        @WithDefault("20ms")
        Duration medianLatency();

        /**
         * 99th percentile service time of a healthy call, a duration such as {@code 40ms}, not below the median.
         * Default 40ms.
         */
        @WithName("p99-latency")
        @WithDefault("40ms")
        Duration p99Latency();

        /**
         * Whether calls whose caller hung up are still served to the end, holding their place in line and their
         * slot (a service that notices the hang-up only when it writes its reply, as many do). Default false:
         * the simulator frees them at once.
         */
        @WithDefault("false")
        boolean finishesAbandonedCalls();
    }
}
