package dev.gateway.checkout;

import io.smallrye.mutiny.Uni;

/** The end of one upstream call, answer or failure, so that the merge can weigh all three. */
record Settled<T>(T value, Throwable failure) {

    static <T> Uni<Settled<T>> of(Uni<T> call) {
        return call.onItemOrFailure().transform(Settled::new);
    }

    boolean failed() {
        return failure != null;
    }
}
