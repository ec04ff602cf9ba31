package dev.corstck.tck.explain;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;

/** Build the answers the explanation assumes or patches in: a granted preflight, a fixed header. */
final class Grants {

    private Grants() {
    }

    /**
     * A preflight response that grants exactly what {@code preflight} asks for, with credentials: what a browser
     * must have had when it went on to send the actual request.
     */
    static RawResponse grantFor(RawRequest preflight) {
        HeaderList.Builder h = HeaderList.builder();
        h.add("Access-Control-Allow-Origin", preflight.headers().first("Origin").orElse("null"));
        h.add("Access-Control-Allow-Credentials", "true");
        h.add("Access-Control-Allow-Methods", preflight.headers().first("Access-Control-Request-Method").orElse(""));
        preflight.headers().first("Access-Control-Request-Headers")
                .ifPresent(names -> h.add("Access-Control-Allow-Headers", names));
        return RawResponse.of(204, h.build());
    }
}
