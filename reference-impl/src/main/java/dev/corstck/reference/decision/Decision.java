package dev.corstck.reference.decision;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.preflight.RequestKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The CORS processor's answer for one request: the headers to add to the response and how to handle the request.
 * Headers named {@code Vary} are to be merged with the application's (see {@link #applyTo(HeaderList)}); every other
 * header replaces any the application set.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Decision {

    /** The kind of request decided on. */
    RequestKind kind();

    /** How to handle the request. */
    Handling handling();

    /** The headers to add, in order. */
    HeaderList headers();

    /** Return the application's response headers with this decision's headers added. */
    default HeaderList applyTo(HeaderList response) {
        return DecisionHeaders.apply(headers(), response);
    }

    /** Not a CORS request: pass it on; {@code headers} holds {@code Vary: Origin} or a fixed {@code *} answer. */
    record NotCors(HeaderList headers) implements Decision {
        public NotCors {
            Objects.requireNonNull(headers, "headers must not be null");
        }

        @Override
        public RequestKind kind() {
            return RequestKind.NOT_CORS;
        }

        @Override
        public Handling handling() {
            return new Handling.PassOn();
        }
    }

    /** An allowed actual request: pass it on and add the CORS headers. */
    record Actual(HeaderList headers) implements Decision {
        public Actual {
            Objects.requireNonNull(headers, "headers must not be null");
        }

        @Override
        public RequestKind kind() {
            return RequestKind.ACTUAL;
        }

        @Override
        public Handling handling() {
            return new Handling.PassOn();
        }
    }

    /** An allowed preflight: answer it here ({@code optionsSuccessStatus}) or pass it on ({@code preflightContinue}). */
    record Preflight(Handling handling, HeaderList headers) implements Decision {
        public Preflight {
            Objects.requireNonNull(handling, "handling must not be null");
            Objects.requireNonNull(headers, "headers must not be null");
        }

        @Override
        public RequestKind kind() {
            return RequestKind.PREFLIGHT;
        }
    }

    /**
     * A disallowed CORS request. An actual request passes on without CORS headers (the browser, not the server,
     * withholds the response). A preflight from a disallowed origin is answered 403 without CORS headers; one from
     * an allowed origin asking for a method or header the policy does not allow is answered with an ok status,
     * {@code Access-Control-Allow-Origin} and no allow-lists, so the browser's console names what is missing.
     */
    record Disallowed(RequestKind kind, Denial denial, Handling handling, HeaderList headers) implements Decision {
        public Disallowed {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(denial, "denial must not be null");
            Objects.requireNonNull(handling, "handling must not be null");
            Objects.requireNonNull(headers, "headers must not be null");
        }
    }
}
