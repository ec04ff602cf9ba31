package dev.corstck.reference.scenario;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;

/** The reference servers the scenario table runs against. */
final class Servers {

    /** {@link DemoPolicy#standard()}: three local origins, credentials, GET POST PUT DELETE, two request headers. */
    static final ScenarioServer DEMO = new ScenarioServer.WithPolicy("demo", DemoPolicy.standard());

    /** A public API: {@code origin: "*"}, GET POST PUT, any request header, no credentials. */
    static final ScenarioServer STAR = policy("star", CorsPolicy.builder().anyOrigin().methods("GET", "POST", "PUT")
            .allowedHeaders("*").exposedHeaders("X-Request-Id").maxAge(600).build());

    /** One https origin, default methods, request headers reflected, no credentials. */
    static final ScenarioServer REFLECT = policy("reflect-headers", CorsPolicy.builder()
            .origins("https://app.localhost").build());

    /** Every subdomain of app.localhost over https, with credentials. */
    static final ScenarioServer SUBDOMAINS = policy("subdomains", CorsPolicy.builder()
            .origins("https://*.app.localhost").methods("GET", "PUT").allowedHeaders("Content-Type")
            .credentials(true).build());

    /** An anchored pattern for two subdomains. */
    static final ScenarioServer PATTERN = policy("pattern", CorsPolicy.builder()
            .originPattern("https://(admin|shop)\\.app\\.localhost").build());

    /** One https origin plus the opaque {@code null} origin. */
    static final ScenarioServer NULL_ALLOWED = policy("null-allowed", CorsPolicy.builder()
            .origins("https://app.localhost").dangerouslyAllowNullOrigin(true).build());

    /** The default policy: no origin. */
    static final ScenarioServer DENY = policy("deny-all", CorsPolicy.denyAll());

    /** {@code origin: true} without credentials. */
    static final ScenarioServer REFLECT_ANY = policy("reflect-any", CorsPolicy.builder().reflectAnyOrigin().build());

    /** The demo policy, passing preflights on to the application. */
    static final ScenarioServer CONTINUE = policy("preflight-continue",
            DemoPolicy.standard().toBuilder().preflightContinue(true).build());

    /** The demo policy answering preflights 200. */
    static final ScenarioServer STATUS_200 = policy("options-200",
            DemoPolicy.standard().toBuilder().optionsSuccessStatus(200).build());

    /** The demo policy without {@code maxAge}. */
    static final ScenarioServer NO_MAX_AGE = policy("no-max-age", DemoPolicy.standard().toBuilder().noMaxAge().build());

    /** One https origin exposing every header with {@code *}. */
    static final ScenarioServer EXPOSE_STAR = policy("expose-star", CorsPolicy.builder()
            .origins("https://app.localhost").exposedHeaders("*").build());

    private Servers() {
    }

    static ScenarioServer profile(MistakeProfile profile) {
        return new ScenarioServer.WithProfile(profile);
    }

    private static ScenarioServer policy(String name, CorsPolicy policy) {
        return new ScenarioServer.WithPolicy(name, policy);
    }
}
