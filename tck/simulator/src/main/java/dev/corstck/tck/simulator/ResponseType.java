package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * The {@code Response.type} script reads (see fetch#concept-response-type); {@link #NONE} when the call threw.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ResponseType {
    BASIC("basic"), CORS("cors"), OPAQUE("opaque"), OPAQUE_REDIRECT("opaqueredirect"), ERROR("error"), NONE("");

    private final String token;

    ResponseType(String token) {
        this.token = token;
    }

    /** The value of {@code response.type}. */
    public String token() {
        return token;
    }
}
