package dev.gateway.resilience;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The calls to one upstream that are on the wire right now: what a thread dump showed in a
 * blocking service, for a service whose waiting requests hold no thread. Adding and removing
 * is constant time; only reading the view sorts.
 */
public final class InFlightCalls {

    /**
     * One call on the wire.
     *
     * @param checkoutId the checkout it belongs to
     * @param attempt 1 for the first attempt, 2 for the first retry, and so on
     * @param startedNanos when it started, on the registry's clock
     */
    public record Call(long id, String checkoutId, int attempt, long startedNanos) {
    }

    private final LongSupplier nanoClock;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();

    public InFlightCalls(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Registers a call that starts now. */
    public Call start(String checkoutId, int attempt) {
        Call call = new Call(ids.incrementAndGet(), checkoutId, attempt, nanoClock.getAsLong());
        calls.put(call.id(), call);
        return call;
    }

    /** Removes a call that ended, whichever way. */
    public void end(Call call) {
        calls.remove(call.id());
    }

    /** How many calls are on the wire. */
    public int count() {
        return calls.size();
    }

    /** Every call on the wire, oldest first. */
    public List<Call> oldestFirst() {
        return calls.values().stream().sorted(Comparator.comparingLong(Call::startedNanos)).toList();
    }

    /** How long a call has been on the wire. */
    public Duration age(Call call) {
        return Duration.ofNanos(nanoClock.getAsLong() - call.startedNanos());
    }
}
