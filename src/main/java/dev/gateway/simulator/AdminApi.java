package dev.gateway.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * The admin endpoints of one simulated upstream, answered at once: they bypass the capacity limit and are not
 * counted as calls.
 *
 * <pre>
 *   GET    /sim/faults   the faults in force
 *   PUT    /sim/faults   replace them, e.g. {"latency": "2800ms", "errorRate": 0.5, "errorStatus": 503, "hang": false};
 *                        a field left out takes its healthy value
 *   DELETE /sim/faults   back to healthy
 *   GET    /sim/stats    the call counters
 *   DELETE /sim/stats    zero the counters
 * </pre>
 *
 * Each answers with the state it leaves behind; bad input is 400 with {@code {"error": "..."}}.
 */
final class AdminApi {

    static final String PREFIX = "/sim/";

    private final Faults faults;
    private final UpstreamStats stats;

    AdminApi(Faults faults, UpstreamStats stats) {
        this.faults = faults;
        this.stats = stats;
    }

    void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/sim/faults" -> faults(request);
            case "/sim/stats" -> stats(request);
            default -> SimulatedReply.error(404, "no such admin endpoint").writeTo(request.response());
        }
    }

    private void faults(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (HttpMethod.GET.equals(method)) {
            reply(request, faults.current().toJson());
        } else if (HttpMethod.PUT.equals(method)) {
            request.body().onSuccess(body -> injectFaults(request, body));
        } else if (HttpMethod.DELETE.equals(method)) {
            faults.clear();
            reply(request, faults.current().toJson());
        } else {
            methodNotAllowed(request, "GET, PUT, DELETE");
        }
    }

    private void injectFaults(HttpServerRequest request, Buffer body) {
        try {
            faults.inject(FaultSettings.fromJson(objectOf(body)));
        } catch (IllegalArgumentException e) {
            SimulatedReply.error(400, e.getMessage()).writeTo(request.response());
            return;
        }
        reply(request, faults.current().toJson());
    }

    private void stats(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (HttpMethod.GET.equals(method)) {
            reply(request, stats.snapshot().toJson());
        } else if (HttpMethod.DELETE.equals(method)) {
            stats.reset();
            reply(request, stats.snapshot().toJson());
        } else {
            methodNotAllowed(request, "GET, DELETE");
        }
    }

    private static JsonObject objectOf(Buffer body) {
        try {
            if (Json.decodeValue(body) instanceof JsonObject json) {
                return json;
            }
        } catch (DecodeException e) {
            // falls through to the same answer as valid JSON of the wrong shape
        }
        throw new IllegalArgumentException("body must be a JSON object");
    }

    private static void reply(HttpServerRequest request, JsonObject body) {
        SimulatedReply.ok(body).writeTo(request.response());
    }

    private static void methodNotAllowed(HttpServerRequest request, String allowed) {
        request.response().putHeader("Allow", allowed);
        SimulatedReply.error(405, "method not allowed, use " + allowed).writeTo(request.response());
    }
}
