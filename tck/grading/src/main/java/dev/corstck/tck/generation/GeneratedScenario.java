package dev.corstck.tck.generation;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.Scenario;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One generated scenario: a call of one shape, from one page origin, to one endpoint of the target.
 *
 * @param id          stable name: endpoint, origin class, origin, shape, credentials
 *                    ({@code api-data.allowed.http-localhost-3000.put-json.include}); never a position
 * @param title       the scenario in words
 * @param endpoint    the endpoint it calls
 * @param page        the page origin and why it is there
 * @param shape       the call's method, headers, body and mode
 * @param credentials whether the call includes credentials
 * @param url         the absolute URL called; a {@code cors-tck} query parameter keeps it unique per scenario so
 *                    browser preflight caches (keyed by URL, see fetch#concept-cache) never carry over
 * @param fetch       the call as the simulator and browsers run it; empty when no browser can make it (an origin
 *                    that does not parse, such as {@code https://app.example%60.evil.example}): then only raw
 *                    wire probes carry it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GeneratedScenario(String id, String title, Endpoint endpoint, PageOriginVariant page,
        RequestShape shape, CredentialsMode credentials, String url, Optional<FetchRequest> fetch) {

    public GeneratedScenario {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(endpoint, "endpoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        Objects.requireNonNull(shape, "shape must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(fetch, "fetch must not be null");
    }

    /** The origin class, for short. */
    public OriginClass originClass() {
        return page.originClass();
    }

    /** Answer whether only raw wire probes can carry this scenario (no browser can produce its origin). */
    public boolean isWireOnly() {
        return fetch.isEmpty();
    }

    /** Answer whether the call includes credentials. */
    public boolean includesCredentials() {
        return credentials == CredentialsMode.INCLUDE;
    }

    /** The scenario as the simulator runs it. */
    public Optional<Scenario> simulatorScenario() {
        return fetch.map(f -> new Scenario(id, title, java.util.List.of(new dev.corstck.tck.simulator.Action.Fetch(f))));
    }
}
