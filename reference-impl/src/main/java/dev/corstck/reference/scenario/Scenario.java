package dev.corstck.reference.scenario;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One request a page could make, with everything it should produce: one row of the {@link ScenarioTable}.
 *
 * @param id stable name, e.g. {@code preflight.put-authorization.allowed-origin}; never a position
 * @param group the first segment of the id, e.g. {@code preflight}
 * @param description one sentence
 * @param server the reference server it runs against
 * @param pageOrigin the serialized origin of the page that calls {@code fetch()}, or {@code null} for an opaque one
 * @param request the {@code fetch()} call
 * @param expected what it should produce
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Scenario(String id, String group, String description, ScenarioServer server, String pageOrigin,
        ScenarioRequest request, Expectation expected) {

    public Scenario {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(server, "server must not be null");
        Objects.requireNonNull(pageOrigin, "pageOrigin must not be null");
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        if (!id.startsWith(group + ".")) {
            throw new IllegalArgumentException("id must start with its group: " + id);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
