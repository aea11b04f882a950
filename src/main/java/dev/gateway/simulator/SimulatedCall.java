package dev.gateway.simulator;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * One counted call on its way through a simulated upstream.
 *
 * <pre>
 *   QUEUED --slot--> SERVING --service time over--> DONE
 *      |                |
 *      +----------------+--caller closes--> CLOSED        HANGING --caller closes--> CLOSED
 * </pre>
 *
 * A call starts QUEUED even when it gets a slot at once. Only the server's event loop touches it.
 */
final class SimulatedCall {

    enum State { QUEUED, SERVING, HANGING, DONE, CLOSED }

    private final HttpServerRequest request;
    private final Future<Buffer> body;
    private State state = State.QUEUED;
    private boolean abandoned;
    private long timerId = -1;

    SimulatedCall(HttpServerRequest request) {
        this.request = request;
        // read the body from the first moment, or its bytes would be lost while the call waits
        this.body = request.body();
    }

    HttpServerRequest request() {
        return request;
    }

    Future<Buffer> body() {
        return body;
    }

    State state() {
        return state;
    }

    long timerId() {
        return timerId;
    }

    void serve(long serviceTimerId) {
        state = State.SERVING;
        timerId = serviceTimerId;
    }

    void hang() {
        state = State.HANGING;
    }

    void finish() {
        state = State.DONE;
    }

    /** The caller hung up, but the service works on, unaware until it writes the reply. */
    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
    }

    void close() {
        state = State.CLOSED;
    }
}
