package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * What script passes as {@code body}; it decides the implicit {@code Content-Type} (see fetch#concept-bodyinit-extract).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BodyKind {
    /** No body. */
    NONE,
    /** A string: {@code text/plain;charset=UTF-8}. */
    STRING,
    /** {@code URLSearchParams}: {@code application/x-www-form-urlencoded;charset=UTF-8}. */
    URL_SEARCH_PARAMS,
    /** {@code FormData}: {@code multipart/form-data; boundary=…}. */
    FORM_DATA,
    /** A {@code Blob} whose type is the body's declared content type (none when empty). */
    BLOB,
    /** A {@code ReadableStream} with {@code duplex: "half"}: sets the use-CORS-preflight flag (see fetch#request-class). */
    STREAM
}
