package dev.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorLauncherTest {

    private final Vertx vertx = Vertx.vertx();
    private final SimulatorLauncher launcher = new SimulatorLauncher(vertx, new PortsConfig(0));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stopEverything() {
        launcher.stop();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Test
    void startsEveryUpstreamOnItsOwnPortAndFindsItByName() throws Exception {
        launcher.start();

        int pricing = launcher.port("pricing");
        int inventory = launcher.port("inventory");
        int profile = launcher.port("profile");

        assertEquals(3, Set.copyOf(List.of(pricing, inventory, profile)).size());
        assertEquals(200, statusOf(profile, "/profiles/u-1"));
        assertEquals(1, launcher.stats("profile").snapshot().completed());
        assertEquals(0, launcher.stats("pricing").snapshot().received());
    }

    @Test
    void letsATestInjectFaultsByUpstreamName() throws Exception {
        launcher.start();

        launcher.faults("inventory").inject(new FaultSettings(Optional.empty(), 1, 503, false));

        assertEquals(503, statusOf(launcher.port("inventory"), "/inventory/availability"));
        assertNotEquals(503, statusOf(launcher.port("pricing"), "/prices/quote"));
    }

    @Test
    void refusesLookUpsWhileNotRunningOrForUnknownNames() {
        assertThrows(IllegalStateException.class, () -> launcher.port("pricing"));

        launcher.start();

        assertThrows(IllegalArgumentException.class, () -> launcher.port("shipping"));
    }

    @Test
    void failsToStartNamingTheUpstreamAndPortWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            SimulatorLauncher clashing = new SimulatorLauncher(vertx, new PortsConfig(taken.getLocalPort()));

            IllegalStateException failure = assertThrows(IllegalStateException.class, clashing::start);

            assertTrue(failure.getMessage().contains("'pricing' cannot listen on port " + taken.getLocalPort()),
                    failure.getMessage());
            assertThrows(IllegalStateException.class, () -> clashing.port("profile"));
        }
    }

    private int statusOf(int port, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        String items = "{\"items\": [{\"sku\": \"SKU-000003\", \"quantity\": 1}]}";
        HttpRequest built = path.startsWith("/profiles/")
                ? request.GET().build()
                : request.POST(HttpRequest.BodyPublishers.ofString(items)).build();
        return http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Enabled, pricing on the given port, the others on free ports, production defaults otherwise. */
    private record PortsConfig(int pricingPort) implements SimulatorConfig {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public UpstreamConfig pricing() {
            return new Port(pricingPort);
        }

        @Override
        public UpstreamConfig inventory() {
            return new Port(0);
        }

        @Override
        public UpstreamConfig profile() {
            return new Port(0);
        }
    }

    private record Port(int number) implements SimulatorConfig.UpstreamConfig {

        @Override
        public OptionalInt port() {
            return OptionalInt.of(number);
        }

        @Override
        public int capacity() {
            return 64;
        }

        @Override
        public Duration medianLatency() {
            return Duration.ofMillis(20);
        }

        @Override
        public Duration p99Latency() {
            return Duration.ofMillis(40);
        }

        @Override
        public boolean finishesAbandonedCalls() {
            return false;
        }
    }
}
