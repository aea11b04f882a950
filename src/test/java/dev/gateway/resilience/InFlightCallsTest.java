package dev.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InFlightCallsTest {

    private final AtomicLong clock = new AtomicLong();
    private final InFlightCalls calls = new InFlightCalls(clock::get);

    @Test
    void listsCallsOldestFirstWithTheirAges() {
        InFlightCalls.Call first = calls.start("c-1", 1);
        clock.addAndGet(Duration.ofMillis(300).toNanos());
        calls.start("c-2", 1);
        clock.addAndGet(Duration.ofMillis(200).toNanos());
        calls.start("c-3", 2);

        List<InFlightCalls.Call> view = calls.oldestFirst();

        assertEquals(List.of("c-1", "c-2", "c-3"), view.stream().map(InFlightCalls.Call::checkoutId).toList());
        assertEquals(Duration.ofMillis(500), calls.age(first));
        assertEquals(2, view.get(2).attempt());
    }

    @Test
    void forgetsCallsThatEnded() {
        InFlightCalls.Call call = calls.start("c-1", 1);
        calls.start("c-2", 1);

        calls.end(call);

        assertEquals(1, calls.count());
        assertEquals("c-2", calls.oldestFirst().get(0).checkoutId());
    }
}
