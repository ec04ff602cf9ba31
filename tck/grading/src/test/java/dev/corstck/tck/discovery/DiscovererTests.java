package dev.corstck.tck.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import dev.corstck.tck.policy.GradingPolicyFile;
import dev.corstck.tck.probe.ProbeFailure;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.WireProber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Discovery against the reference implementation's embedded target: the correct demo policy and its mistakes. */
class DiscovererTests {

    private static final WireProber PROBER =
            new WireProber(ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(3)));

    @AfterAll
    static void closeProber() {
        PROBER.close();
    }

    static DiscoveryReport discover(EmbeddedTarget target) {
        DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(target.baseUrl()))
                .withPaths(List.of("/api/data", "/no-such-route")).withTimeout(Duration.ofSeconds(20));
        DiscoveryResult result = new Discoverer(PROBER).discover(options);
        assertThat(result).isInstanceOf(DiscoveryResult.Discovered.class);
        DiscoveryReport report = ((DiscoveryResult.Discovered) result).report();
        assertThat(report.observations()).allSatisfy(o -> assertThat(o.rules()).isNotEmpty()
                .allSatisfy(id -> assertThat(RuleCatalog.find(id)).as("rule %s", id).isPresent()));
        String yaml = DiscoveryYaml.render(report);
        assertThat(GradingPolicyFile.parse(yaml, "discovered.yaml")).as(yaml)
                .isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        return report;
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS,
                        "security.reflect-any-origin-with-credentials"),
                Arguments.of(MistakeProfile.NULL_ORIGIN_TRUSTED, "security.null-origin-trusted-with-credentials"),
                Arguments.of(MistakeProfile.SUFFIX_MATCH, "security.suffix-match-with-credentials"),
                Arguments.of(MistakeProfile.PREFIX_MATCH, "security.prefix-match-with-credentials"),
                Arguments.of(MistakeProfile.UNESCAPED_DOT_PATTERN, "security.unescaped-dot-with-credentials"),
                Arguments.of(MistakeProfile.LOCALHOST_BUT_NOT_127_0_0_1, "seed.localhost-vs-127"),
                Arguments.of(MistakeProfile.CALLBACK_WITHOUT_NO_ORIGIN_GUARD, "seed.callback-no-origin-guard"),
                Arguments.of(MistakeProfile.WILDCARD_WITH_CREDENTIALS, "seed.wildcard-with-credentials"),
                Arguments.of(MistakeProfile.CORS_AFTER_ROUTES, "seed.cors-before-routes"),
                Arguments.of(MistakeProfile.MISSING_VARY, "http-cache.vary-origin"),
                Arguments.of(MistakeProfile.DUPLICATE_ACAO, "cors-check.acao-single"),
                Arguments.of(MistakeProfile.ACAO_TRAILING_SLASH, "cors-check.acao-exact"),
                Arguments.of(MistakeProfile.PREFLIGHT_NON_2XX, "preflight.status-ok"),
                Arguments.of(MistakeProfile.PREFLIGHT_REDIRECT, "preflight.no-redirect"),
                Arguments.of(MistakeProfile.PREFLIGHT_REQUIRES_AUTH, "preflight.no-credentials-required"),
                Arguments.of(MistakeProfile.AUTHORIZATION_NOT_ALLOWED, "seed.authorization-in-allowed-headers"),
                Arguments.of(MistakeProfile.MAX_AGE_UNPARSEABLE, "preflight-cache.max-age-syntax"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeProfileIsPointedOutWithItsRule(MistakeProfile profile, String rule) {
        try (EmbeddedTarget target = EmbeddedTarget.builder().profile(profile).start()) {
            DiscoveryReport report = discover(target);
            assertThat(report.observations()).flatExtracting(Observation::rules).contains(rule);
        }
    }

    @Test
    void correctDemoPolicyIsInferredWithoutObservations() {
        try (EmbeddedTarget target = EmbeddedTarget.builder().start()) {
            DiscoveryReport report = discover(target);
            InferredPolicy p = report.policy();
            assertThat(report.observations()).isEmpty();
            assertThat(p.originMode()).isEqualTo(OriginMode.LISTED);
            assertThat(p.origins()).containsExactlyInAnyOrder("http://localhost:3000", "http://127.0.0.1:3000",
                    "https://app.localhost");
            assertThat(p.credentials()).isTrue();
            assertThat(p.nullOrigin()).isFalse();
            assertThat(p.methods()).contains("PUT", "DELETE").doesNotContain("PATCH");
            assertThat(p.headerMode()).isEqualTo(HeaderMode.LISTED);
            assertThat(p.allowedHeaders()).containsExactly("Content-Type", "Authorization");
            assertThat(p.exposedHeaders()).containsExactly("X-Request-Id");
            assertThat(p.maxAge()).isEqualTo("600");
            assertThat(report.lookAlikes()).isNotEmpty().allSatisfy(a -> assertThat(a.access()).isEqualTo(Access.ABSENT));
            CorsPolicy kept = ((GradingPolicyFile.Loaded.Valid) GradingPolicyFile.parse(DiscoveryYaml.render(report),
                    "kept.yaml")).policy().cors();
            assertThat(kept.origin().allows(TupleOrigin.fromHeader("http://127.0.0.1:3000").orElseThrow())).isTrue();
            assertThat(kept.origin().allows(TupleOrigin.fromHeader("https://random.example").orElseThrow())).isFalse();
            assertThat(kept.maxAge()).hasValue(600);
        }
    }

    @Test
    void publicApiAnsweringWildcardAndReflectingHeaders() {
        CorsPolicy open = CorsPolicy.builder().anyOrigin().reflectRequestHeaders().methods("GET", "PUT").build();
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(open).start()) {
            DiscoveryReport report = discover(target);
            assertThat(report.policy().originMode()).isEqualTo(OriginMode.WILDCARD);
            assertThat(report.policy().headerMode()).isEqualTo(HeaderMode.REFLECT);
            assertThat(report.policy().credentials()).isFalse();
            assertThat(report.observations()).flatExtracting(Observation::rules)
                    .containsExactly("security.wildcard-origin", "preflight-cache.max-age-present");
            assertThat(DiscoveryYaml.render(report)).contains("origin: \"*\"")
                    .contains("# answers * to any origin: https://random-");
        }
    }

    @Test
    void reflectingAnyOriginWithoutCredentialsSaysSoInTheYaml() {
        CorsPolicy reflect = CorsPolicy.builder().reflectAnyOrigin().build();
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(reflect).start()) {
            DiscoveryReport report = discover(target);
            String random = report.origins().get(0).candidate().origin();
            assertThat(DiscoveryYaml.render(report)).contains("# reflects any origin: " + random + " was allowed")
                    .contains("origin: true").contains("credentials: false");
            assertThat(report.observations()).flatExtracting(Observation::rules)
                    .contains("security.reflect-any-origin");
        }
    }

    @Test
    void unreachableTargetIsAResultWithAClearMessage() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DiscoveryResult result = new Discoverer(PROBER).discover(DiscoveryOptions.of(
                new ProbeTarget("http", "127.0.0.1", port)));
        assertThat(result).isInstanceOf(DiscoveryResult.Unreachable.class);
        DiscoveryResult.Unreachable unreachable = (DiscoveryResult.Unreachable) result;
        assertThat(unreachable.failure()).isInstanceOf(ProbeFailure.Refused.class);
        assertThat(unreachable.message()).startsWith("cannot reach http://127.0.0.1:" + port + ": connection refused")
                .contains("check the --target URL");
    }

    @Test
    void targetThatNeverAnswersEndsInBoundedTime() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                WireProber quick = new WireProber(ProbeOptions.defaults().withRequestTimeout(Duration.ofMillis(500)))) {
            long t0 = System.nanoTime();
            DiscoveryResult result = new Discoverer(quick).discover(DiscoveryOptions.of(
                    new ProbeTarget("http", "127.0.0.1", silent.getLocalPort())));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            assertThat(result).isInstanceOfSatisfying(DiscoveryResult.Unreachable.class, u ->
                    assertThat(u.failure()).isInstanceOf(ProbeFailure.Timeout.class));
        }
    }

    @Test
    void lookAlikesImitateTheAllowedOriginOnly() {
        List<CandidateOrigin> looks = CandidateOrigins.lookAlikes("https://app.example", "1a2b");
        assertThat(looks).extracting(CandidateOrigin::origin).contains("https://app.example.evil-1a2b.example",
                "https://evil1a2bapp.example", "https://appxexample", "https://app.example%60.evil-1a2b.example",
                "https://app.example`.evil-1a2b.example", "http://app.example", "https://evil-1a2b.app.example",
                "https://app.example:8443");
        assertThat(looks).allSatisfy(c -> assertThat(c.imitates()).isEqualTo("https://app.example"))
                .allSatisfy(c -> assertThat(c.kind().isLookAlike()).isTrue());
        assertThat(CandidateOrigins.lookAlikes("http://localhost:3000", "1a2b")).extracting(CandidateOrigin::kind)
                .doesNotContain(OriginKind.SCHEME_VARIANT, OriginKind.UNESCAPED_DOT);
        assertThat(Optional.of(OriginKind.SUFFIX.securityRule(true).orElseThrow()))
                .contains("security.suffix-match-with-credentials");
    }
}
