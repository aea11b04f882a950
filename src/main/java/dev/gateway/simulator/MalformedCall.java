package dev.gateway.simulator;

/** A call whose body breaks the upstream contract; it is answered with 400 and this message. */
final class MalformedCall extends RuntimeException {

    MalformedCall(String message) {
        super(message, null, false, false);
    }
}
