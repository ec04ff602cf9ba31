package dev.corstck.tck.grading;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Servers that are not ours: WireMock stubs (its own CORS support off) playing misconfigured APIs, which must be
 * flagged with the right rules, and correct ones answering in ways the Fetch standard allows (403 or a bare 2xx for
 * a refused origin, a 204 preflight, a fixed {@code *} without {@code Vary}, static method and header lists), which
 * must get no FAIL.
 */
@Exercises({"security.reflect-any-origin-with-credentials", "policy.undeclared-origin-refused",
        "security.wildcard-origin-with-credentials", "cors-check.acao-not-wildcard-with-credentials",
        "preflight.status-ok", "seed.preflight-handled", "preflight.acah-lists-headers",
        "seed.authorization-in-allowed-headers", "cors-check.acao-exact"})
class WireMockTargetsTests {

    static final String ALLOWED = "http://localhost:3000";
    static final String PATH = "/api/x";
    static final String POLICY = """
            origin: http://localhost:3000
            methods: [GET, PUT]
            allowedHeaders: [Content-Type, Authorization]
            credentials: true
            endpoints:
              - path: /api/x
                methods: [GET, PUT]
                headers: [Authorization]
                body: json
            """;
    static final String PUBLIC_POLICY = """
            origin: "*"
            methods: [GET, PUT]
            allowedHeaders: [Content-Type, Authorization]
            endpoints:
              - path: /api/x
                methods: [GET, PUT]
                headers: [Authorization]
                body: json
            """;

    private static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .stubCorsEnabled(false).disableRequestJournal());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    static Stream<Arguments> misconfigured() {
        return Stream.of(
                Arguments.of("reflects any origin with credentials", (Consumer<WireMockServer>) s -> {
                    allowed(s, "true", "GET, PUT", "Content-Type, Authorization");
                    s.stubFor(any(urlPathEqualTo(PATH)).atPriority(5).willReturn(aResponse().withStatus(200)
                            .withHeader("Access-Control-Allow-Origin", "{{request.headers.Origin}}")
                            .withHeader("Access-Control-Allow-Credentials", "true")
                            .withTransformers("response-template")));
                }, Set.of("security.reflect-any-origin-with-credentials", "policy.undeclared-origin-refused")),
                Arguments.of("'*' with credentials", (Consumer<WireMockServer>) s -> {
                    cors(s, "*", "true", "GET, PUT", "Content-Type, Authorization");
                    refuseOthers(s, 403);
                }, Set.of("security.wildcard-origin-with-credentials", "cors-check.acao-not-wildcard-with-credentials")),
                Arguments.of("no OPTIONS route", (Consumer<WireMockServer>) s -> {
                    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                        s.stubFor(WireMock.request(method, urlPathEqualTo(PATH)).willReturn(granted(ALLOWED, "true")));
                    }
                }, Set.of("preflight.status-ok", "seed.preflight-handled")),
                Arguments.of("Authorization not in Allow-Headers", (Consumer<WireMockServer>) s -> {
                    allowed(s, "true", "GET, PUT", "Content-Type");
                    refuseOthers(s, 403);
                }, Set.of("preflight.acah-lists-headers", "seed.authorization-in-allowed-headers")),
                Arguments.of("Allow-Origin with a trailing slash", (Consumer<WireMockServer>) s -> {
                    cors(s, ALLOWED + "/", "true", "GET, PUT", "Content-Type, Authorization");
                    refuseOthers(s, 403);
                }, Set.of("cors-check.acao-exact")));
    }

    static Stream<Arguments> allowedBySpec() {
        return Stream.of(
                Arguments.of("403 for refused origins", POLICY, (Consumer<WireMockServer>) s -> {
                    allowed(s, "true", "GET, PUT", "Content-Type, Authorization");
                    refuseOthers(s, 403);
                }),
                Arguments.of("a bare 200 for refused origins", POLICY, (Consumer<WireMockServer>) s -> {
                    allowed(s, "true", "GET, PUT", "Content-Type, Authorization");
                    refuseOthers(s, 200);
                }),
                Arguments.of("static lists wider than the policy", POLICY, (Consumer<WireMockServer>) s -> {
                    allowed(s, "true", "GET, HEAD, POST, PUT, PATCH, DELETE", "Content-Type, Authorization, X-Trace");
                    refuseOthers(s, 403);
                }),
                Arguments.of("a fixed '*' without Vary", PUBLIC_POLICY, (Consumer<WireMockServer>) s -> {
                    s.stubFor(WireMock.options(urlPathEqualTo(PATH)).withHeader("Access-Control-Request-Method",
                            WireMock.matching(".+")).atPriority(1).willReturn(aResponse().withStatus(204)
                            .withHeader("Access-Control-Allow-Origin", "*")
                            .withHeader("Access-Control-Allow-Methods", "GET, PUT")
                            .withHeader("Access-Control-Allow-Headers", "Content-Type, Authorization")));
                    s.stubFor(any(urlPathEqualTo(PATH)).atPriority(2).willReturn(aResponse().withStatus(200)
                            .withHeader("Access-Control-Allow-Origin", "*").withBody("{}")));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigured")
    void misconfiguredServerIsFlaggedWithTheRightRules(String name, Consumer<WireMockServer> stubs, Set<String> rules) {
        stubs.accept(server);

        TargetReport report = grade(POLICY);

        assertThat(GradingFixtures.flagged(report)).as(name).containsAll(rules);
        assertThat(GradingFixtures.lines(report, Verdict.ERROR)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedBySpec")
    void behaviourTheSpecAllowsIsNotFlagged(String name, String policy, Consumer<WireMockServer> stubs) {
        stubs.accept(server);

        TargetReport report = grade(policy);

        assertThat(GradingFixtures.lines(report, Verdict.FAIL)).as(name).isEmpty();
        assertThat(GradingFixtures.lines(report, Verdict.WARN)).as(name).isEmpty();
        assertThat(GradingFixtures.lines(report, Verdict.ERROR)).as(name).isEmpty();
        assertThat(report.summary().count(Verdict.PASS)).isGreaterThan(20);
    }

    private static TargetReport grade(String policyYaml) {
        GradingPolicy policy = ((GradingPolicyFile.Loaded.Valid) GradingPolicyFile.parse(policyYaml, "<test>")).policy();
        GradeRequest request = GradeRequest.builder("http://127.0.0.1:" + server.port())
                .policy(new PolicySource.Declared(policy)).browsers(List.of()).build();
        return Grader.create().grade(request, GradingListener.NONE);
    }

    /** The allowed origin gets a 204 preflight with these lists, and every other call its origin back. */
    private static void allowed(WireMockServer s, String credentials, String methods, String headers) {
        cors(s, ALLOWED, credentials, methods, headers);
    }

    /** Requests from the allowed origin get {@code acao}; requests without Origin get a plain 200. */
    private static void cors(WireMockServer s, String acao, String credentials, String methods, String headers) {
        // A preflight is an OPTIONS with Access-Control-Request-Method; a plain OPTIONS goes to the route below.
        s.stubFor(WireMock.options(urlPathEqualTo(PATH)).withHeader("Origin", equalTo(ALLOWED))
                .withHeader("Access-Control-Request-Method", WireMock.matching(".+")).atPriority(1)
                .willReturn(aResponse().withStatus(204).withHeader("Access-Control-Allow-Origin", acao)
                        .withHeader("Access-Control-Allow-Credentials", credentials)
                        .withHeader("Access-Control-Allow-Methods", methods)
                        .withHeader("Access-Control-Allow-Headers", headers).withHeader("Vary", "Origin")));
        s.stubFor(any(urlPathEqualTo(PATH)).withHeader("Origin", equalTo(ALLOWED)).atPriority(2)
                .willReturn(granted(acao, credentials)));
        s.stubFor(any(urlPathEqualTo(PATH)).withHeader("Origin", absent()).atPriority(3)
                .willReturn(aResponse().withStatus(200).withHeader("Vary", "Origin").withBody("{}")));
    }

    private static ResponseDefinitionBuilder granted(String acao, String credentials) {
        return aResponse().withStatus(200).withHeader("Access-Control-Allow-Origin", acao)
                .withHeader("Access-Control-Allow-Credentials", credentials).withHeader("Vary", "Origin")
                .withHeader("Content-Type", "application/json").withBody("{}");
    }

    /** Every other origin is refused with {@code status} and no CORS headers. */
    private static void refuseOthers(WireMockServer s, int status) {
        s.stubFor(any(urlPathEqualTo(PATH)).atPriority(5).willReturn(aResponse().withStatus(status)
                .withHeader("Vary", "Origin").withBody(status == 403 ? "forbidden" : "{}")));
    }
}
