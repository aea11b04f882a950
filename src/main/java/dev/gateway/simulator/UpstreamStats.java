package dev.gateway.simulator;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Call counters of one simulated upstream; admin calls are not counted. A call moves
 *
 * <pre>
 *   received -> queued -> in flight -> completed
 *                    \            \
 *                     +------------+--> closed by caller   (the caller closed its connection before the reply)
 * </pre>
 *
 * skipping the line when a slot is free. A hung call goes straight to in flight without taking a slot, so while
 * {@code hang} is injected {@code inFlight} and {@code maxInFlight} may exceed the capacity. Without a reset in
 * between, {@code received = queued + inFlight + completed + closedByCaller}.
 *
 * <p>{@code inFlight} and {@code queued} are live gauges: {@link #reset()} zeroes the other counters and restarts
 * {@code maxInFlight} from the calls in flight right now. Counters are updated on the server's event loop and
 * may be read from any thread; a snapshot read elsewhere may straddle one transition.
 */
public final class UpstreamStats {

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong closedByCaller = new AtomicLong();
    private final AtomicLong maxInFlight = new AtomicLong();

    /**
     * The counters at one moment; its {@link #toJson()} is the body of {@code GET /sim/stats}.
     *
     * @param received       calls that arrived
     * @param inFlight       calls being served or hung right now
     * @param queued         calls waiting for a slot right now
     * @param completed      calls answered, with any status
     * @param closedByCaller calls whose caller closed the connection before the reply
     * @param maxInFlight    highest {@code inFlight} seen
     */
    public record Snapshot(
            long received, long inFlight, long queued, long completed, long closedByCaller, long maxInFlight) {

        /** The admin wire form. */
        public JsonObject toJson() {
            return new JsonObject()
                    .put("received", received)
                    .put("inFlight", inFlight)
                    .put("queued", queued)
                    .put("completed", completed)
                    .put("closedByCaller", closedByCaller)
                    .put("maxInFlight", maxInFlight);
        }
    }

    /** The counters now. */
    public Snapshot snapshot() {
        return new Snapshot(received.get(), inFlight.get(), queued.get(), completed.get(), closedByCaller.get(),
                maxInFlight.get());
    }

    /** Zeroes the counters; the gauges {@code inFlight} and {@code queued} keep counting live calls. */
    public void reset() {
        received.set(0);
        completed.set(0);
        closedByCaller.set(0);
        maxInFlight.set(inFlight.get());
    }

    void received() {
        received.incrementAndGet();
    }

    void enteredLine() {
        queued.incrementAndGet();
    }

    void leftLine() {
        queued.decrementAndGet();
    }

    void startedService() {
        long now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void completed() {
        inFlight.decrementAndGet();
        completed.incrementAndGet();
    }

    void closedInLine() {
        queued.decrementAndGet();
        closedByCaller.incrementAndGet();
    }

    /** A caller hung up on a call that is nevertheless served to its end. */
    void abandoned() {
        closedByCaller.incrementAndGet();
    }

    void closedInFlight() {
        inFlight.decrementAndGet();
        closedByCaller.incrementAndGet();
    }
}
