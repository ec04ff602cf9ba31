package dev.corstck.reference.preflight;

import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderList;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Classifies a request as not CORS, an actual CORS request, or a CORS-preflight request.
 *
 * <p>A CORS request is one that carries {@code Origin}; a CORS-preflight request is a CORS request whose method is
 * {@code OPTIONS} and that carries {@code Access-Control-Request-Method} (see fetch#cors-request and
 * fetch#cors-preflight-request). An {@code OPTIONS} without that header is an ordinary request.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequestClassifier {

    private RequestClassifier() {
    }

    /** Classify a request by its method (case kept) and header lines. */
    public static RequestKind classify(String method, HeaderList headers) {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        if (!headers.contains(CorsHeaders.ORIGIN)) {
            return RequestKind.NOT_CORS;
        }
        // Methods are case-sensitive, and browsers always send OPTIONS uppercase (see fetch#concept-method-normalize).
        if (method.equals("OPTIONS") && headers.contains(CorsHeaders.REQUEST_METHOD)) {
            return RequestKind.PREFLIGHT;
        }
        return RequestKind.ACTUAL;
    }
}
