package dev.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The simulators' admin API, over its socket like an operator would use it. */
public final class SimulatorAdmin {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SimulatorAdmin() {
    }

    /** Replaces the upstream's faults, e.g. {@code {"latency":"2800ms"}}. */
    public static void faults(int port, String json) {
        call(HttpRequest.newBuilder(uri(port)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Makes the upstream healthy again. */
    public static void heal(int port) {
        call(HttpRequest.newBuilder(uri(port)).DELETE().build());
    }

    private static URI uri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/sim/faults");
    }

    private static void call(HttpRequest request) {
        try {
            HttpResponse<String> reply = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() / 100 != 2) {
                throw new IllegalStateException("admin call answered " + reply.statusCode() + ": " + reply.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
