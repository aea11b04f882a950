package dev.gateway.simulator;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults currently injected into one simulated upstream. Safe to read and change from any thread: a test
 * thread may inject while the server's event loop reads. A call takes one look at the current faults when it
 * arrives (to decide whether it hangs) and one when it gets its slot (latency and error), so a change applies to
 * calls from then on, not to calls already being served.
 */
public final class Faults {

    private final AtomicReference<FaultSettings> current = new AtomicReference<>(FaultSettings.HEALTHY);

    /** The faults in force. */
    public FaultSettings current() {
        return current.get();
    }

    /** Replaces the faults in force. */
    public void inject(FaultSettings faults) {
        current.set(Objects.requireNonNull(faults, "faults"));
    }

    /** Back to healthy. */
    public void clear() {
        current.set(FaultSettings.HEALTHY);
    }
}
