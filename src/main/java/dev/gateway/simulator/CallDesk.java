package dev.gateway.simulator;

import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Serves the counted calls of one simulated upstream. A call waits in the {@link ServiceLine} for a slot, holds
 * it for its service time (a Vert.x timer, never a sleeping thread), then gets the endpoint's answer or the
 * injected error. A call that arrives while {@code hang} is injected never gets an answer nor a slot. When its
 * caller closes the connection first, the call leaves the line or gives its slot back at once and is never
 * answered.
 *
 * <p>Every method runs on the server's event loop, which is what lets the line, the calls and the random source
 * go without locks.
 */
final class CallDesk {

    private final Vertx vertx;
    private final UpstreamEndpoint endpoint;
    private final LatencyModel latency;
    private final ServiceLine line;
    private final Faults faults;
    private final UpstreamStats stats;
    private final RandomGenerator random = new SplittableRandom();
    private final boolean finishesAbandonedCalls;

    CallDesk(Vertx vertx, UpstreamEndpoint endpoint, UpstreamSettings settings, Faults faults, UpstreamStats stats) {
        this.vertx = vertx;
        this.endpoint = endpoint;
        this.latency = new LatencyModel(settings.medianLatency(), settings.p99Latency());
        this.line = new ServiceLine(settings.capacity());
        this.faults = faults;
        this.stats = stats;
        this.finishesAbandonedCalls = settings.finishesAbandonedCalls();
    }

    void accept(HttpServerRequest request) {
        SimulatedCall call = new SimulatedCall(request);
        stats.received();
        request.response().closeHandler(closed -> callerClosed(call));

        if (faults.current().hang()) {
            call.hang();
            stats.startedService();
        } else if (line.enter(call)) {
            serve(call);
        } else {
            stats.enteredLine();
        }
    }

    private void serve(SimulatedCall call) {
        FaultSettings faultsNow = faults.current();
        Duration serviceTime = faultsNow.latency().orElseGet(() -> latency.sample(random));

        stats.startedService();
        // a timer needs at least one millisecond; a zero latency fault comes as close as that
        long delay = Math.max(1, serviceTime.toMillis());
        call.serve(vertx.setTimer(delay, fired -> call.body().onComplete(body -> answer(call, faultsNow, body))));
    }

    private void answer(SimulatedCall call, FaultSettings faultsNow, AsyncResult<Buffer> body) {
        if (call.state() != SimulatedCall.State.SERVING) {
            return;
        }
        SimulatedReply reply = replyTo(call, faultsNow, body);

        call.finish();
        stats.completed();
        if (!call.abandoned()) {
            reply.writeTo(call.request().response());
        }
        releaseSlot();
    }

    private SimulatedReply replyTo(SimulatedCall call, FaultSettings faultsNow, AsyncResult<Buffer> body) {
        if (random.nextDouble() < faultsNow.errorRate()) {
            return SimulatedReply.error(faultsNow.errorStatus(), "simulated failure");
        }
        if (body.failed()) {
            return SimulatedReply.error(400, "request body could not be read");
        }
        try {
            return endpoint.answer(call.request().path(), body.result());
        } catch (MalformedCall e) {
            return SimulatedReply.error(400, e.getMessage());
        }
    }

    private void callerClosed(SimulatedCall call) {
        boolean waitingOrServed = call.state() == SimulatedCall.State.QUEUED
                || call.state() == SimulatedCall.State.SERVING;
        if (finishesAbandonedCalls && waitingOrServed && !call.abandoned()) {
            // Counted as closed by the caller, yet still queued or in flight: the work goes on and
            // the slot frees only when the reply is due (then the call also counts as completed).
            call.abandon();
            stats.abandoned();
            return;
        }
        switch (call.state()) {
            case QUEUED -> {
                line.leave(call);
                stats.closedInLine();
            }
            case SERVING -> {
                vertx.cancelTimer(call.timerId());
                stats.closedInFlight();
                releaseSlot();
            }
            case HANGING -> stats.closedInFlight();
            case DONE, CLOSED -> {
                return;
            }
        }
        call.close();
    }

    private void releaseSlot() {
        line.release().ifPresent(next -> {
            stats.leftLine();
            serve(next);
        });
    }
}
