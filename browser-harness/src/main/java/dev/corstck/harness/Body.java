package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A request body and the JavaScript type it is passed as; the type decides the default {@code Content-Type}, which
 * decides whether the request is CORS-safelisted (see fetch#bodyinit-safely-extract and
 * fetch#cors-safelisted-request-header).
 *
 * @param kind how the page builds the body
 * @param content the text, or {@code a=1&b=2} pairs for {@link Kind#URL_SEARCH_PARAMS} and {@link Kind#FORM_DATA}
 * @param blobType the {@code Blob}'s {@code type} for {@link Kind#BLOB}, empty otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Body(Kind kind, String content, String blobType) {

    /** The JavaScript body types the glue can build. */
    public enum Kind {
        /** No body. */
        NONE,
        /** A string: {@code text/plain;charset=UTF-8} unless a {@code Content-Type} header is given. */
        TEXT,
        /** {@code URLSearchParams}: {@code application/x-www-form-urlencoded;charset=UTF-8}. */
        URL_SEARCH_PARAMS,
        /** {@code FormData}: {@code multipart/form-data; boundary=…}. */
        FORM_DATA,
        /** A {@code Blob} with {@link #blobType()} as its type. */
        BLOB
    }

    public Body {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(blobType, "blobType must not be null");
    }

    /** Return the empty body. */
    public static Body none() {
        return new Body(Kind.NONE, "", "");
    }

    /** Create a string body. */
    public static Body text(String content) {
        return new Body(Kind.TEXT, content, "");
    }

    /** Create a {@code URLSearchParams} body from {@code a=1&b=2}. */
    public static Body urlSearchParams(String pairs) {
        return new Body(Kind.URL_SEARCH_PARAMS, pairs, "");
    }

    /** Create a {@code FormData} body from {@code a=1&b=2}. */
    public static Body formData(String pairs) {
        return new Body(Kind.FORM_DATA, pairs, "");
    }

    /** Create a {@code Blob} body of the given type. */
    public static Body blob(String content, String type) {
        return new Body(Kind.BLOB, content, type);
    }

    /** Answer whether there is a body. */
    public boolean isPresent() {
        return kind != Kind.NONE;
    }
}
