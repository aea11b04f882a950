package dev.gateway.checkout;

/** The caller's own time budget ran out before an answer could be made; answered 504. */
public class DeadlineExceededException extends RuntimeException {

    public DeadlineExceededException(String detail) {
        super(detail, null, false, false);
    }
}
