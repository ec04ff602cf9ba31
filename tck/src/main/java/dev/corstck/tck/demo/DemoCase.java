package dev.corstck.tck.demo;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.reference.profile.MistakeProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One request shown three ways: sent by a plain HTTP client, by curl, and by a page in each browser.
 *
 * @param name        a short name ({@code authorization-not-allowed})
 * @param description what the server gets wrong, or what the request is
 * @param profile     the reference target's mistake profile that plays it; empty for a given target
 * @param pageOrigin  the origin of the page that calls {@code fetch()}
 * @param method      the method
 * @param path        the request target on the server
 * @param headers     the headers script sets
 * @param body        the body text, empty for none
 * @param credentials whether the page includes credentials
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DemoCase(String name, String description, Optional<MistakeProfile> profile, String pageOrigin,
        String method, String path, List<HeaderField> headers, String body, boolean credentials) {

    private static final String FRONT_END = "http://localhost:3000";
    private static final List<HeaderField> PUT_HEADERS = List.of(new HeaderField("Authorization", "Bearer demo-token"),
            new HeaderField("Content-Type", "application/json"));

    public DemoCase {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        Objects.requireNonNull(pageOrigin, "pageOrigin must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(path, "path must not be null");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body must not be null");
    }

    /** The seed guide's four common mistakes, each played by the reference target's profile. */
    public static List<DemoCase> seedMistakes() {
        return List.of(
                seed(MistakeProfile.WILDCARD_WITH_CREDENTIALS, FRONT_END, "GET", "/api/data", List.of(), ""),
                seed(MistakeProfile.CORS_AFTER_ROUTES, FRONT_END, "GET", "/api/data", List.of(), ""),
                seed(MistakeProfile.AUTHORIZATION_NOT_ALLOWED, FRONT_END, "PUT", "/api/items/1", PUT_HEADERS,
                        "{\"name\":\"demo\"}"),
                seed(MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1, "http://127.0.0.1:3000", "GET", "/api/data",
                        List.of(), ""));
    }

    /** The requests shown against a given target from {@code pageOrigin}: a credentialed GET and a token PUT. */
    public static List<DemoCase> forTarget(String pageOrigin, String path) {
        return List.of(
                new DemoCase("credentialed-get", "a GET with cookies from " + pageOrigin, Optional.empty(), pageOrigin,
                        "GET", path, List.of(), "", true),
                new DemoCase("token-put", "a PUT with a bearer token and JSON from " + pageOrigin, Optional.empty(),
                        pageOrigin, "PUT", path, PUT_HEADERS, "{\"name\":\"demo\"}", false));
    }

    private static DemoCase seed(MistakeProfile p, String origin, String method, String path, List<HeaderField> headers,
            String body) {
        return new DemoCase(p.id(), p.description(), Optional.of(p), origin, method, path, headers, body, true);
    }
}
