package dev.corstck.tck.probe;

/** Carry a {@link ProbeFailure} out of the wire layer; it never leaves this package. */
final class ProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ProbeFailure failure;

    ProbeException(ProbeFailure failure) {
        super(failure.describe(), null, false, false);
        this.failure = failure;
    }

    ProbeFailure failure() {
        return failure;
    }
}
