package dev.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;

/**
 * A timeout that really ends the call. When the time is up it cancels the subscription, which
 * makes the REST client reset the request and close its connection, so the upstream sees the
 * abort, the bulkhead slot frees at once and a late reply has nobody to deliver to.
 *
 * <p>The timer is a Vert.x timer: set from an event loop, it fires on that same event loop, so
 * the failure and whatever follows it stay there (Mutiny's own timeout fires on a worker).
 */
public final class Timeouts {

    private Timeouts() {
    }

    /** {@code call}, failed with {@code onTimeout} and cancelled if it has not answered in {@code limit}. */
    public static <T> Uni<T> within(Vertx vertx, Duration limit, Supplier<? extends Throwable> onTimeout,
            Uni<T> call) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicReference<Cancellable> subscription = new AtomicReference<>();
            long timer = vertx.setTimer(Math.max(1, limit.toMillis()), id -> {
                cancel(subscription);
                emitter.fail(onTimeout.get());
            });

            // Registered before subscribing: a call that fails at once must still stop the timer.
            emitter.onTermination(() -> {
                vertx.cancelTimer(timer);
                cancel(subscription);
            });
            subscription.set(call.subscribe().with(emitter::complete, emitter::fail));
        });
    }

    private static void cancel(AtomicReference<Cancellable> subscription) {
        Cancellable current = subscription.get();
        if (current != null) {
            current.cancel();
        }
    }
}
