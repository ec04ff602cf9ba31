package dev.corstck.reference.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.preflight.RequestClassifier;
import dev.corstck.reference.preflight.RequestKind;
import dev.corstck.reference.server.DemoPolicy;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorsProcessorTests {

    private static final String ALLOWED = "http://localhost:3000";
    private static final CorsProcessor DEMO = new CorsProcessor(DemoPolicy.standard());

    static Stream<Arguments> classifications() {
        return Stream.of(
                Arguments.of("GET", HeaderList.empty(), RequestKind.NOT_CORS),
                Arguments.of("OPTIONS", HeaderList.of("Access-Control-Request-Method", "PUT"), RequestKind.NOT_CORS),
                Arguments.of("OPTIONS", HeaderList.of("Origin", ALLOWED), RequestKind.ACTUAL),
                Arguments.of("POST", HeaderList.of("Origin", ALLOWED), RequestKind.ACTUAL),
                Arguments.of("OPTIONS", HeaderList.of("origin", ALLOWED, "access-control-request-method", "PUT"),
                        RequestKind.PREFLIGHT),
                Arguments.of("options", HeaderList.of("Origin", ALLOWED, "Access-Control-Request-Method", "PUT"),
                        RequestKind.ACTUAL));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("classifications")
    void preflightIsOptionsWithOriginAndRequestMethod(String method, HeaderList headers, RequestKind kind) {
        assertThat(RequestClassifier.classify(method, headers)).isEqualTo(kind);
    }

    static Stream<Arguments> badOrigins() {
        return Stream.of(
                Arguments.of("two Origin lines", HeaderList.of("Origin", ALLOWED, "Origin", ALLOWED), Denial.ORIGIN_REPEATED),
                Arguments.of("a list in one line", HeaderList.of("Origin", ALLOWED + ", " + ALLOWED), Denial.ORIGIN_MALFORMED),
                Arguments.of("null", HeaderList.of("Origin", "null"), Denial.ORIGIN_NULL_NOT_ALLOWED),
                Arguments.of("Null", HeaderList.of("Origin", "Null"), Denial.ORIGIN_MALFORMED),
                Arguments.of("non-ASCII", HeaderList.of("Origin", "http://l\u00f6calhost:3000"), Denial.ORIGIN_MALFORMED),
                Arguments.of("64 KB", HeaderList.of("Origin", "http://localhost:3000" + "0".repeat(65_536)),
                        Denial.ORIGIN_MALFORMED),
                Arguments.of("CR LF", HeaderList.of("Origin", ALLOWED + "\r\nSet-Cookie: x=y"), Denial.ORIGIN_MALFORMED),
                Arguments.of("uppercase", HeaderList.of("Origin", "HTTP://LOCALHOST:3000"), Denial.ORIGIN_MALFORMED),
                Arguments.of("trailing slash", HeaderList.of("Origin", ALLOWED + "/"), Denial.ORIGIN_MALFORMED),
                Arguments.of("user info", HeaderList.of("Origin", "http://localhost:3000@evil.com"), Denial.ORIGIN_MALFORMED),
                Arguments.of("empty", HeaderList.of("Origin", ""), Denial.ORIGIN_MALFORMED),
                Arguments.of("padded", HeaderList.of("Origin", " " + ALLOWED), Denial.ORIGIN_MALFORMED),
                Arguments.of("default port spelled", HeaderList.of("Origin", "https://app.localhost:443"),
                        Denial.ORIGIN_MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOrigins")
    void badOriginsAreDisallowedAndNeverReflected(String name, HeaderList headers, Denial denial) {
        Decision actual = DEMO.decide("GET", headers);
        Decision preflight = DEMO.decide("OPTIONS", headers.with("Access-Control-Request-Method", "PUT"));

        assertThat(actual).isEqualTo(new Decision.Disallowed(RequestKind.ACTUAL, denial, new Handling.PassOn(),
                HeaderList.of("Vary", "Origin")));
        assertThat(preflight).isEqualTo(new Decision.Disallowed(RequestKind.PREFLIGHT, denial, new Handling.Answer(403),
                HeaderList.of("Vary", "Origin")));
    }

    static Stream<Arguments> badPreflights() {
        return Stream.of(
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "PUT", "Access-Control-Request-Method", "PUT"),
                        Denial.METHOD_MALFORMED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "PU T"), Denial.METHOD_MALFORMED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", ""), Denial.METHOD_MALFORMED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "put"), Denial.METHOD_NOT_ALLOWED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers",
                        "authorization;x"), Denial.HEADERS_MALFORMED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers",
                        "x".repeat(10_000)), Denial.HEADERS_MALFORMED),
                Arguments.of(HeaderList.of("Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers",
                        "authorization, x-other"), Denial.HEADERS_NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badPreflights")
    void badPreflightsFromAnAllowedOriginGetTheCorsCheckButNoAllowLists(HeaderList extra, Denial denial) {
        Decision d = DEMO.decide("OPTIONS", HeaderList.builder().add("Origin", ALLOWED).addAll(extra).build());

        assertThat(d).isEqualTo(new Decision.Disallowed(RequestKind.PREFLIGHT, denial, new Handling.Answer(204),
                HeaderList.of("Access-Control-Allow-Origin", ALLOWED, "Access-Control-Allow-Credentials", "true",
                        "Vary", "Origin")));
    }

    @Test
    void requestHeadersAreReadLeniently() {
        Decision d = DEMO.decide("OPTIONS", HeaderList.of("Origin", ALLOWED, "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", " Content-Type ,, ", "access-control-request-headers", "AUTHORIZATION"));

        assertThat(d).isInstanceOf(Decision.Preflight.class);
    }

    @Test
    void privateNetworkIsAnsweredOnlyWhenAskedAndAllowed() {
        CorsProcessor pna = new CorsProcessor(DemoPolicy.standard().toBuilder().allowPrivateNetwork(true).build());
        HeaderList asked = HeaderList.of("Origin", ALLOWED, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Private-Network", "true");

        assertThat(pna.decide("OPTIONS", asked).headers().first("Access-Control-Allow-Private-Network")).hasValue("true");
        assertThat(DEMO.decide("OPTIONS", asked).headers().contains("Access-Control-Allow-Private-Network")).isFalse();
        assertThat(pna.decide("OPTIONS", asked.without("Access-Control-Request-Private-Network")).headers()
                .contains("Access-Control-Allow-Private-Network")).isFalse();
    }

    @Test
    void preflightContinuePassesPreflightsOn() {
        CorsProcessor p = new CorsProcessor(DemoPolicy.standard().toBuilder().preflightContinue(true).build());
        HeaderList allowed = HeaderList.of("Origin", ALLOWED, "Access-Control-Request-Method", "PUT");

        assertThat(p.decide("OPTIONS", allowed).handling()).isEqualTo(new Handling.PassOn());
        assertThat(p.decide("OPTIONS", allowed.replacing("Origin", "https://evil.example")).handling())
                .isEqualTo(new Handling.PassOn());
    }

    @Test
    void staticWildcardAnswersEveryRequestTheSameWithoutVary() {
        CorsProcessor star = new CorsProcessor(CorsPolicy.builder().anyOrigin().exposedHeaders("X-Id").build());
        HeaderList expected = HeaderList.of("Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", "X-Id");

        assertThat(star.decide("GET", HeaderList.empty()).headers()).isEqualTo(expected);
        assertThat(star.decide("GET", HeaderList.of("Origin", "https://a.example")).headers()).isEqualTo(expected);
        assertThat(star.decide("GET", HeaderList.of("Origin", "garbage", "Origin", "more")).headers()).isEqualTo(expected);
    }

    @Test
    void decisionHeadersMergeVaryAndReplaceTheRest() {
        HeaderList app = HeaderList.of("Vary", "Accept-Encoding", "Access-Control-Allow-Origin", "https://stale.example");

        HeaderList out = DEMO.decide("GET", HeaderList.of("Origin", ALLOWED)).applyTo(app);

        assertThat(out.fields()).extracting(HeaderField::toString).containsExactly(
                "Vary: Accept-Encoding, Origin", "Access-Control-Allow-Origin: " + ALLOWED,
                "Access-Control-Allow-Credentials: true", "Access-Control-Expose-Headers: X-Request-Id");
    }
}
