package dev.gateway.checkout;

/** The request body is larger than any valid cart; answered 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(int bytes, int limit) {
        super("The request body has " + bytes + " bytes; a cart has at most " + limit + ".", null, false, false);
    }
}
