package dev.gateway.resilience;

/**
 * The last {@code size} outcomes a breaker judged, so that a state change can be logged with the
 * figure that caused it. It mirrors the breaker's own rolling window, which it does not expose.
 *
 * <pre>
 *   failure ratio = failures among the last min(size, recorded) outcomes / that count
 * </pre>
 */
final class OutcomeWindow {

    private final boolean[] failures;
    private int next;
    private int recorded;
    private int failed;

    OutcomeWindow(int size) {
        this.failures = new boolean[size];
    }

    synchronized void record(boolean failure) {
        if (recorded == failures.length) {
            failed -= failures[next] ? 1 : 0;
        } else {
            recorded++;
        }
        failures[next] = failure;
        failed += failure ? 1 : 0;
        next = (next + 1) % failures.length;
    }

    synchronized int failed() {
        return failed;
    }

    synchronized int recorded() {
        return recorded;
    }

    synchronized void clear() {
        next = 0;
        recorded = 0;
        failed = 0;
    }
}
