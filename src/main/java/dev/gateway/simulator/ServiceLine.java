package dev.gateway.simulator;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Capacity of one simulated upstream: at most {@code capacity} calls hold a slot at once, the others wait in
 * arrival order.
 *
 * <pre>
 *   enter(call)   busy < capacity ?  busy + 1, the call starts  :  the call joins the end of the line
 *   release()     line not empty  ?  the slot passes to the head of the line  :  busy - 1
 *   leave(call)   the call drops out of the line (its caller went away)
 * </pre>
 *
 * The line is a linked hash set so that a caller leaving from the middle costs no scan. Not thread-safe: only the
 * server's event loop touches it.
 */
final class ServiceLine {

    private final int capacity;
    private final Set<SimulatedCall> waiting = new LinkedHashSet<>();
    private int busy;

    ServiceLine(int capacity) {
        this.capacity = capacity;
    }

    /** Returns true when the call got a slot at once, false when it joined the line. */
    boolean enter(SimulatedCall call) {
        if (busy < capacity) {
            busy++;
            return true;
        }
        waiting.add(call);
        return false;
    }

    /** Frees a slot; returns the call that takes it over, if one was waiting. */
    Optional<SimulatedCall> release() {
        Iterator<SimulatedCall> line = waiting.iterator();
        if (!line.hasNext()) {
            busy--;
            return Optional.empty();
        }
        SimulatedCall next = line.next();
        line.remove();
        return Optional.of(next);
    }

    void leave(SimulatedCall call) {
        waiting.remove(call);
    }
}
