package dev.gateway.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

/**
 * The packaged gateway and the simulated upstreams, each a process of its own, as in production:
 * the gateway is {@code target/quarkus-app/quarkus-run.jar}, the upstreams run from the same
 * build's classes ({@code dev.gateway.simulator.SimulatorMain}). Pricing finishes calls its caller
 * abandoned, as a service with a database behind it does, so retries pile real work on it.
 */
final class DrillProcesses implements AutoCloseable {

    static final Path APP = Path.of("target", "quarkus-app");
    static final List<String> UPSTREAMS = List.of("pricing", "inventory", "profile");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Process> processes = new ArrayList<>();
    private final java.util.Map<String, Integer> ports = new java.util.HashMap<>();
    final int gatewayPort = freePort();
    final int managementPort = freePort();

    /** Starts both processes with the gateway in {@code profile}, logging under {@code logs}. */
    static DrillProcesses start(String profile, Path logs) {
        DrillProcesses started = new DrillProcesses();
        UPSTREAMS.forEach(upstream -> started.ports.put(upstream, freePort()));
        started.startSimulator(logs.resolve(profile + "-simulator.log"));
        started.startGateway(profile, logs.resolve(profile + "-gateway.log"));
        return started;
    }

    URI checkout() {
        return URI.create("http://127.0.0.1:" + gatewayPort + "/checkout");
    }

    URI metrics() {
        return URI.create("http://127.0.0.1:" + managementPort + "/q/metrics");
    }

    URI admin(String upstream, String what) {
        return URI.create("http://127.0.0.1:" + ports.get(upstream) + "/sim/" + what);
    }

    /** Sets an upstream's faults, or heals it when {@code faultJson} is null. */
    void fault(String upstream, String faultJson) {
        HttpRequest.Builder request = HttpRequest.newBuilder(admin(upstream, "faults"));
        send(faultJson == null ? request.DELETE().build()
                : request.header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(faultJson)).build());
    }

    /** One counter of the upstream's stats, e.g. {@code received} or {@code queued}. */
    long stat(String upstream, String counter) {
        String stats = send(HttpRequest.newBuilder(admin(upstream, "stats")).GET().build());
        return Long.parseLong(stats.replaceAll("(?s).*\"" + counter + "\":(\\d+).*", "$1"));
    }

    /** Whether no breaker of the gateway is open (its {@code upstreams} health group is UP). */
    boolean breakersClosed() {
        URI group = URI.create("http://127.0.0.1:" + managementPort + "/q/health/group/upstreams");
        try {
            return http.send(HttpRequest.newBuilder(group).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The gateway's Prometheus scrape. */
    String scrape() {
        return send(HttpRequest.newBuilder(metrics()).GET().build());
    }

    private void startSimulator(Path log) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m"));
        ports.forEach((upstream, port) -> command.add("-Dsimulator." + upstream + ".port=" + port));
        command.add("-Dsimulator.pricing.finishes-abandoned-calls=true");
        command.addAll(List.of("-cp", classpath(), "dev.gateway.simulator.SimulatorMain"));
        launch(command, log);
        UPSTREAMS.forEach(upstream -> awaitAnswer(admin(upstream, "stats")));
    }

    private void startGateway(String profile, Path log) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-Dquarkus.profile=" + profile,
                "-Dquarkus.http.port=" + gatewayPort, "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.json.enabled=false"));
        ports.forEach((upstream, port) ->
                command.add("-Dquarkus.rest-client." + upstream + ".url=http://127.0.0.1:" + port));
        command.addAll(List.of("-jar", APP.resolve("quarkus-run.jar").toString()));
        launch(command, log);
        awaitAnswer(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"));
    }

    private void launch(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private void awaitAnswer(URI uri) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private String send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String classpath() {
        return String.join(java.io.File.pathSeparator, APP.resolve("lib/boot/*").toString(),
                APP.resolve("lib/main/*").toString(), APP.resolve("app/*").toString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        processes.forEach(process -> {
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        });
    }
}
