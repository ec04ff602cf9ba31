package dev.corstck.fetch.http;

import org.apiguardian.api.API;

/**
 * A responder could not produce a response: the network failed, the peer sent garbage, or a deadline passed. The
 * browser sees a network error; a grader reports {@code ERROR}, never {@code FAIL}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ResponderException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResponderException(String message) {
        super(message);
    }

    public ResponderException(String message, Throwable cause) {
        super(message, cause);
    }
}
