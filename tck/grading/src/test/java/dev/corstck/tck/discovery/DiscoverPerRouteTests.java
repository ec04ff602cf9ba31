package dev.corstck.tck.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.options;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.policy.GradingPolicyFile;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.WireProber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery of a real server configured per route ({@link PerRouteJetty}: Jetty's {@code CrossOriginFilter}, one
 * configuration on two paths, another on a third): the top level is what the two share, the third path gets exactly
 * the options that differ, and the printed file loads back with those per-endpoint policies.
 */
class DiscoverPerRouteTests {

    private static final WireProber PROBER =
            new WireProber(ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(3)));
    private static PerRouteJetty jetty;

    @BeforeAll
    static void start() {
        jetty = PerRouteJetty.start();
    }

    @AfterAll
    static void stop() {
        jetty.close();
        PROBER.close();
    }

    static DiscoveryReport discover(List<String> paths) {
        DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(jetty.baseUrl())).withPaths(paths)
                .withHints(List.of(PerRouteJetty.FRONT_END)).withTimeout(Duration.ofSeconds(30));
        DiscoveryResult result = new Discoverer(PROBER).discover(options);
        assertThat(result).isInstanceOf(DiscoveryResult.Discovered.class);
        return ((DiscoveryResult.Discovered) result).report();
    }

    @Test
    void topLevelIsWhatMostPathsShareAndThePublicRouteGetsExactlyWhatDiffers() {
        DiscoveryReport report = discover(List.of(PerRouteJetty.ITEMS, PerRouteJetty.PUBLIC, PerRouteJetty.ORDERS));
        InferredPolicy p = report.policy();
        assertThat(p.originMode()).isEqualTo(OriginMode.LISTED);
        assertThat(p.origins()).containsExactly(PerRouteJetty.FRONT_END, "http://localhost:5173");
        assertThat(p.credentials()).isTrue();
        assertThat(p.methods()).containsExactly("GET", "HEAD", "PUT", "DELETE", "POST");
        assertThat(p.allowedHeaders()).containsExactly("Content-Type", "Authorization");
        assertThat(p.exposedHeaders()).containsExactly("X-Total-Count");
        assertThat(p.maxAge()).isEqualTo("600");

        Map<String, DiscoveredEndpoint> byPath = p.endpoints().stream()
                .collect(Collectors.toMap(DiscoveredEndpoint::path, e -> e));
        assertThat(byPath.get(PerRouteJetty.ITEMS).cors()).isEmpty();
        assertThat(byPath.get(PerRouteJetty.ORDERS).cors()).isEmpty();
        DiscoveredEndpoint pub = byPath.get(PerRouteJetty.PUBLIC);
        assertThat(pub.cors()).containsExactly(entry("origin", "true"), entry("dangerouslyAllowNullOrigin", "true"),
                entry("methods", "[\"GET\", \"HEAD\"]"), entry("allowedHeaders", "[\"Content-Type\"]"),
                entry("exposedHeaders", "[]"), entry("credentials", "false"), entry("maxAge", "3600"));
        assertThat(pub.credentials()).isEqualTo(CredentialsMode.OMIT);
        assertThat(pub.methods()).containsExactly("GET");
        assertThat(byPath.get(PerRouteJetty.ITEMS).credentials()).isEqualTo(CredentialsMode.INCLUDE);
        assertThat(p.overridden()).extracting(DiscoveredEndpoint::path).containsExactly(PerRouteJetty.PUBLIC);
        assertThat(p.originsOnAnyPath()).containsExactly(PerRouteJetty.FRONT_END, "http://localhost:5173");
        assertThat(report.observations()).flatExtracting(Observation::rules).contains("security.reflect-any-origin");
        assertThat(report.observations()).extracting(Observation::text)
                .anySatisfy(t -> assertThat(t).startsWith("reflects any origin").endsWith("(on /api/public)"));

        // 3 paths x (1 without Origin + 15 first-round origins + 9 preflights) + 18 look-alikes of one allow-list
        // (shared by /api/items and /api/orders) + the reachability probe
        assertThat(report.probes()).isEqualTo(3 * (1 + 15 + 9) + 18 + 1);
        assertThat(report.budget()).isEqualTo(Discoverer.budget(DiscoveryOptions.of(ProbeTarget.parse(jetty.baseUrl()))
                .withPaths(report.paths()).withHints(List.of(PerRouteJetty.FRONT_END)))).isEqualTo(328);
        assertThat(report.lookAlikesByPath().get(PerRouteJetty.ORDERS))
                .isEqualTo(report.lookAlikesByPath().get(PerRouteJetty.ITEMS)).hasSize(18);
        assertThat(report.lookAlikesByPath().get(PerRouteJetty.PUBLIC)).isEmpty();
    }

    @Test
    void thePrintedFileLoadsBackWithEachPathsOwnPolicy() {
        DiscoveryReport report = discover(List.of(PerRouteJetty.ITEMS, PerRouteJetty.PUBLIC, PerRouteJetty.ORDERS));
        String yaml = DiscoveryYaml.render(report);
        GradingPolicyFile.Loaded loaded = GradingPolicyFile.parse(yaml, "discovered.yaml");
        assertThat(loaded).as(yaml).isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        GradingPolicy policy = ((GradingPolicyFile.Loaded.Valid) loaded).policy();
        Map<String, Endpoint> byPath = policy.endpoints().stream().collect(Collectors.toMap(Endpoint::path, e -> e));
        TupleOrigin random = TupleOrigin.fromHeader("https://random.example").orElseThrow();
        TupleOrigin front = TupleOrigin.fromHeader(PerRouteJetty.FRONT_END).orElseThrow();

        CorsPolicy items = policy.corsFor(byPath.get(PerRouteJetty.ITEMS));
        assertThat(byPath.get(PerRouteJetty.ITEMS).cors()).isEmpty();
        assertThat(items.origin().allows(front)).isTrue();
        assertThat(items.origin().allows(random)).isFalse();
        assertThat(items.credentials()).isTrue();
        assertThat(items.maxAge()).hasValue(600);

        CorsPolicy pub = policy.corsFor(byPath.get(PerRouteJetty.PUBLIC));
        assertThat(pub.origin().allows(random)).isTrue();
        assertThat(pub.credentials()).isFalse();
        assertThat(pub.methods()).containsExactly("GET", "HEAD");
        assertThat(pub.exposedHeaders()).isEmpty();
        assertThat(pub.maxAge()).hasValue(3600);
        assertThat(byPath.get(PerRouteJetty.PUBLIC).credentials()).isEqualTo(CredentialsMode.OMIT);
        assertThat(yaml).contains("""
                  - path: "/api/public"
                    methods: ["GET"]
                    credentials: omit
                    status: 200
                    cors:
                """).contains("      origin: true\n");
    }

    @Test
    void jsonCarriesEachEndpointsOverridesAndEffectivePolicy() throws Exception {
        DiscoveryReport report = discover(List.of(PerRouteJetty.ITEMS, PerRouteJetty.PUBLIC));
        JsonNode doc = new ObjectMapper().readTree(DiscoveryJson.render(report));
        JsonNode endpoints = doc.get("policy").get("endpoints");
        assertThat(doc.get("probeBudget").asInt()).isEqualTo(report.budget());
        assertThat(endpoints.get(0).get("cors").size()).isZero();
        JsonNode pub = endpoints.get(1);
        assertThat(pub.get("path").asText()).isEqualTo(PerRouteJetty.PUBLIC);
        assertThat(pub.get("cors").get("origin").asBoolean()).isTrue();
        assertThat(pub.get("cors").get("credentials").isBoolean()).isTrue();
        assertThat(pub.get("cors").get("maxAge").asInt()).isEqualTo(3600);
        assertThat(pub.get("effective").get("allowedHeaders").get(0).asText()).isEqualTo("Content-Type");
        assertThat(pub.get("evidence").get("origin").get(0).asText()).startsWith("reflects any origin");
        assertThat(doc.get("originsByPath").get(PerRouteJetty.PUBLIC).findValuesAsText("kind")).contains("RANDOM");
        assertThat(doc.get("policy").get("options").get("origin").get(0).asText()).isEqualTo(PerRouteJetty.FRONT_END);
    }

    /**
     * A route whose GET is not mapped (a {@code @PostMapping} under Spring's {@code @CrossOrigin}): 405 and no CORS
     * headers to every origin on GET, while its preflights let the front end POST. Its origins are then not known
     * from GET: it keeps the top-level origin instead of getting {@code origin: false}, which its own preflights
     * would contradict. WireMock plays the server (its CORS support off): no framework here answers this way.
     */
    @Test
    void aRouteWithoutGetKeepsTheTopLevelOriginAndGetsItsPreflightOptions() {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .stubCorsEnabled(false).disableRequestJournal());
        wm.start();
        try {
            String front = PerRouteJetty.FRONT_END;
            wm.stubFor(get(urlPathEqualTo("/api/items")).atPriority(5).willReturn(aResponse().withStatus(200)
                    .withHeader("Vary", "Origin")));
            wm.stubFor(get(urlPathEqualTo("/api/items")).atPriority(1).withHeader("Origin", equalTo(front))
                    .willReturn(aResponse().withStatus(200).withHeader("Access-Control-Allow-Origin", front)
                            .withHeader("Access-Control-Allow-Credentials", "true").withHeader("Vary", "Origin")));
            wm.stubFor(any(urlPathEqualTo("/api/upload")).atPriority(5).willReturn(aResponse().withStatus(405)
                    .withHeader("Allow", "POST")));
            for (String path : List.of("/api/items", "/api/upload")) {
                wm.stubFor(options(urlPathEqualTo(path)).atPriority(1).withHeader("Origin", equalTo(front))
                        .willReturn(aResponse().withStatus(200).withHeader("Access-Control-Allow-Origin", front)
                                .withHeader("Access-Control-Allow-Credentials", "true")
                                .withHeader("Access-Control-Allow-Methods", path.equals("/api/upload") ? "POST"
                                        : "GET,PUT,DELETE")
                                .withHeader("Access-Control-Allow-Headers", "Content-Type")
                                .withHeader("Access-Control-Max-Age", "600").withHeader("Vary", "Origin")));
            }
            DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(wm.baseUrl()))
                    .withPaths(List.of("/api/items", "/api/upload")).withHints(List.of(front))
                    .withTimeout(Duration.ofSeconds(30));
            DiscoveryReport report = ((DiscoveryResult.Discovered) new Discoverer(PROBER).discover(options)).report();
            DiscoveredEndpoint upload = report.policy().endpoints().get(1);
            assertThat(report.policy().origins()).containsExactly(front);
            assertThat(upload.cors()).containsExactly(entry("methods", "[\"GET\", \"HEAD\", \"POST\"]"));
            assertThat(upload.effective()).containsEntry("origin", "[\"" + front + "\"]")
                    .containsEntry("credentials", "true");
            assertThat(upload.credentials()).isEqualTo(CredentialsMode.INCLUDE);
            assertThat(upload.evidenceFor("origin")).anySatisfy(n -> assertThat(n).contains("405 to every origin"));
            assertThat(report.observations()).extracting(Observation::text)
                    .noneMatch(t -> t.contains("lets no origin in"));
            assertThat(GradingPolicyFile.parse(DiscoveryYaml.render(report), "d.yaml"))
                    .isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        } finally {
            wm.stop();
        }
    }

    /**
     * The reference target's cors-after-routes mistake: the routed path lets no origin in, the unrouted one (404)
     * does. A tie, so the first path's {@code origin: false} is the top level and the other path lists its origins;
     * the origins some path let in are still all there to seed look-alikes with.
     */
    @Test
    void aTieGoesToTheFirstPathAndEveryListedOriginIsKept() {
        try (EmbeddedTarget target = EmbeddedTarget.builder().profile(MistakeProfile.CORS_AFTER_ROUTES).start()) {
            DiscoveryReport report = DiscovererTests.discover(target);
            InferredPolicy p = report.policy();
            assertThat(p.originMode()).isEqualTo(OriginMode.NONE);
            assertThat(p.origins()).isEmpty();
            assertThat(p.originsOnAnyPath()).containsExactly("http://localhost:3000", "http://127.0.0.1:3000",
                    "https://app.localhost");
            assertThat(p.endpoints().get(0).cors()).isEmpty();
            assertThat(p.endpoints().get(1).cors()).containsExactly(entry("origin",
                    "[\"http://localhost:3000\", \"http://127.0.0.1:3000\", \"https://app.localhost\"]"));
            assertThat(report.observations()).flatExtracting(Observation::rules).containsExactly(
                    "seed.cors-before-routes");
        }
    }

    @Test
    void pathsAreProbedOnceEachAndBounded() {
        DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(jetty.baseUrl()))
                .withPaths(List.of("/a", "/b", "/a"));
        assertThat(options.paths()).containsExactly("/a", "/b");
        assertThat(Discoverer.budget(options)).isEqualTo(1 + 2 * (1 + 14 + 4 + 9) + 4 * 6 * 10);
        List<String> many = java.util.stream.IntStream.rangeClosed(0, DiscoveryOptions.MAX_PATHS)
                .mapToObj(i -> "/p" + i).toList();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> options.withPaths(many))
                .withMessageContaining("at most 32 paths");
    }

    @Test
    void onePathAloneHasNoOverrides() {
        DiscoveryReport report = discover(List.of(PerRouteJetty.PUBLIC));
        assertThat(report.policy().originMode()).isEqualTo(OriginMode.REFLECT_ANY);
        assertThat(report.policy().endpoints()).singleElement().satisfies(e -> assertThat(e.cors()).isEmpty());
        assertThat(report.probes()).isEqualTo(1 + 15 + 9 + 1);
        assertThat(DiscoveryYaml.render(report)).doesNotContain("cors:").contains("origin: true\n");
    }
}
