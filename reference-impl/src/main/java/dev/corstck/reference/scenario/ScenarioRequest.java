package dev.corstck.reference.scenario;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderList;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The {@code fetch()} call of a scenario: method (as script writes it), path on the target (where {@code {alt}}
 * stands for a second origin of the same target), the headers script sets, and the fetch options.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScenarioRequest(String method, String path, HeaderList headers, CredentialsMode credentials,
        RequestMode mode) {

    /** The placeholder for a second origin of the target in {@link #path()}, e.g. in a redirect's {@code to=}. */
    public static final String ALT = "{alt}";

    public ScenarioRequest {
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
    }

    /** The path with {@link #ALT} replaced by {@code altOrigin} (e.g. {@code http://localhost:41234}). */
    public String path(String altOrigin) {
        return path.replace(ALT, altOrigin);
    }

    public ScenarioRequest withCredentials(CredentialsMode value) {
        return new ScenarioRequest(method, path, headers, value, mode);
    }

    public ScenarioRequest withMode(RequestMode value) {
        return new ScenarioRequest(method, path, headers, credentials, value);
    }

    /** A copy with {@code name: value} added to the script-set headers. */
    public ScenarioRequest header(String name, String value) {
        return new ScenarioRequest(method, path, headers.with(name, value), credentials, mode);
    }
}
