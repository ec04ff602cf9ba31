package dev.corstck.tck.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Translate the JDK's socket exceptions into the closed set of {@link ProbeFailure}s. */
final class IoFailures {

    private IoFailures() {
    }

    /** Classify {@code e}, thrown while the probe was in {@code phase} under {@code deadline}. */
    static ProbeException classify(IOException e, ProbeFailure.Phase phase, Deadline deadline) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        ProbeFailure failure;
        if (e instanceof SocketTimeoutException) {
            failure = new ProbeFailure.Timeout(phase, deadline.limit());
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            failure = new ProbeFailure.Refused(message);
        } else if (e instanceof UnknownHostException) {
            failure = new ProbeFailure.Unresolved(message);
        } else if (e instanceof SSLException) {
            failure = lower.contains("reset") ? new ProbeFailure.Reset(message) : new ProbeFailure.Tls(message);
        } else if (e instanceof SocketException && lower.contains("reset")) {
            failure = new ProbeFailure.Reset(message);
        } else if (e instanceof SocketException && lower.contains("broken pipe")) {
            failure = new ProbeFailure.ClosedEarly("the target closed the connection while the request was sent");
        } else {
            failure = new ProbeFailure.Io(message);
        }
        return new ProbeException(failure);
    }
}
