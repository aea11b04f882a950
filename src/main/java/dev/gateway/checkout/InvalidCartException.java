package dev.gateway.checkout;

import java.util.List;

/** The request breaks the contract's rules; answered 400 with every broken rule. */
public class InvalidCartException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidCartException(List<FieldError> errors) {
        super("invalid cart: " + errors, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** Every broken rule, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }
}
