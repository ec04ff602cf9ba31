package dev.corstck.reference.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.reference.header.HeaderNamesParse;
import dev.corstck.reference.header.RequestHeaderNames;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.server.DemoPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor over generated origins and request-header lists: it never throws, never reflects an origin the
 * policy does not allow (judged by an oracle written independently of the matchers), and always varies on
 * {@code Origin} when its answer depends on it.
 */
class ProcessorFuzzTests {

    private static final Pattern TOKENS = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+(,[a-z0-9!#$%&'*+.^_`|~-]+)*");
    private static final Pattern CANONICAL = Pattern.compile("[a-z][a-z0-9+.-]*://[a-z0-9_.\\[\\]:-]+");

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of("demo", DemoPolicy.standard(),
                        (Predicate<String>) Set.of("http://localhost:3000", "http://127.0.0.1:3000", "https://app.localhost")::contains),
                Arguments.of("subdomains", CorsPolicy.builder().origins("https://*.app.localhost").credentials(true).build(),
                        (Predicate<String>) s -> s.matches("https://([a-z0-9_-]+\\.)+app\\.localhost")),
                Arguments.of("pattern", CorsPolicy.builder().originPattern("https://(admin|api)\\.app\\.localhost").build(),
                        (Predicate<String>) Set.of("https://admin.app.localhost", "https://api.app.localhost")::contains),
                Arguments.of("reflect-any", CorsPolicy.builder().reflectAnyOrigin().build(),
                        (Predicate<String>) s -> CANONICAL.matcher(s).matches()),
                Arguments.of("null-allowed", CorsPolicy.builder().origins("https://myapp.com").dangerouslyAllowNullOrigin(true)
                        .build(), (Predicate<String>) Set.of("https://myapp.com", "null")::contains));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void neverReflectsADisallowedOriginAndAlwaysVaries(String name, CorsPolicy policy, Predicate<String> allowed) {
        CorsProcessor processor = new CorsProcessor(policy);
        Fuzz fuzz = new Fuzz();
        int reflected = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String origin = fuzz.origin();
            boolean preflight = fuzz.random().nextBoolean();
            HeaderList headers = preflight
                    ? HeaderList.of("Origin", origin, "Access-Control-Request-Method", "PUT",
                            "Access-Control-Request-Headers", fuzz.headerList())
                    : HeaderList.of("Origin", origin);
            Decision d = processor.decide(preflight ? "OPTIONS" : "GET", headers);
            Optional<String> allowOrigin = d.headers().first("Access-Control-Allow-Origin");
            if (allowOrigin.isPresent()) {
                reflected++;
                check(allowOrigin.get().equals(origin) && allowed.test(origin), () -> name + " reflected " + allowOrigin.get()
                        + " for Origin " + origin);
            }
            check(d.headers().all("Vary").stream().anyMatch(v -> v.startsWith("Origin")), () -> "no Vary: Origin for " + origin);
            check(d.headers().fields().stream().allMatch(f -> f.value().chars().allMatch(c -> c >= 0x20 && c < 0x7f)), () ->
                    "a header value with a control or non-ASCII character for " + origin);
        }
        assertThat(reflected).as("the generator reaches allowed origins too").isGreaterThan(0);
        assertThat(processor.decide("GET", HeaderList.empty()).headers().all("Vary")).containsExactly("Origin");
    }

    @Test
    void reflectedRequestHeadersAreAlwaysCleanTokens() {
        CorsProcessor reflect = new CorsProcessor(CorsPolicy.builder().origins("https://app.localhost").build());
        Fuzz fuzz = new Fuzz();
        int reflected = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String first = fuzz.headerList();
            String second = fuzz.headerList();
            Decision d = reflect.decide("OPTIONS", HeaderList.of("Origin", "https://app.localhost",
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", first,
                    "Access-Control-Request-Headers", second));
            Optional<String> acah = d.headers().first("Access-Control-Allow-Headers");
            acah.ifPresent(v -> check(TOKENS.matcher(v).matches(), () ->
                    "reflected Access-Control-Allow-Headers '" + v + "' is not a lowercase token list"));
            // A well-formed, non-empty request list must come back: a missing ACAH would fail the browser's preflight.
            if (RequestHeaderNames.parse(List.of(first, second)) instanceof HeaderNamesParse.Names names
                    && !names.names().isEmpty()) {
                check(d instanceof Decision.Preflight && acah.isPresent(), () -> "no Access-Control-Allow-Headers "
                        + "for the well-formed request list '" + first + "' + '" + second + "': " + d);
                reflected++;
            }
        }
        assertThat(reflected).as("iterations with a well-formed request list").isPositive();
    }

    /** A plain check: AssertJ per iteration would dominate the run time. */
    private static void check(boolean ok, java.util.function.Supplier<String> message) {
        if (!ok) {
            throw new AssertionError(message.get());
        }
    }
}
