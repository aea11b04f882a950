package dev.gateway.simulator;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** A status and JSON body about to be written to a caller. */
record SimulatedReply(int status, JsonObject body) {

    static SimulatedReply ok(JsonObject body) {
        return new SimulatedReply(200, body);
    }

    static SimulatedReply error(int status, String message) {
        return new SimulatedReply(status, new JsonObject().put("error", message));
    }

    void writeTo(HttpServerResponse response) {
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toBuffer());
    }
}
