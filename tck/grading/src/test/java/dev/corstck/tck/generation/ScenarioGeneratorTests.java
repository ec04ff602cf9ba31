package dev.corstck.tck.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioGeneratorTests {

    static final TargetUrl TARGET = TargetUrl.parse("http://127.0.0.1:8080");
    static final GradingPolicy POLICY = new GradingPolicy(DemoPolicy.standard(), List.of(
            new Endpoint("/api/data", List.of("GET"), CredentialsMode.INCLUDE, 200, List.of(), BodyType.NONE),
            new Endpoint("/api/items/1", List.of("PUT"), CredentialsMode.INCLUDE, 200, List.of("Authorization"),
                    BodyType.JSON)), GradingPolicy.EndpointSource.DECLARED);

    static final List<GeneratedScenario> SCENARIOS = ScenarioGenerator.generate(POLICY, TARGET);

    @Test
    void idsAreUniqueNamesAndStableAcrossRuns() {
        List<String> ids = SCENARIOS.stream().map(GeneratedScenario::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("api-data.") || id.startsWith("api-items-1."));
        assertThat(ScenarioGenerator.generate(POLICY, TARGET).stream().map(GeneratedScenario::id).toList())
                .isEqualTo(ids);
        assertThat(ids).contains("api-items-1.allowed.http-localhost-3000.declared-put.include",
                "api-data.null.null.get.include", "api-data.same-origin.get");
    }

    @Test
    void everyUrlIsUniqueSoBrowserPreflightCachesNeverCarryOver() {
        assertThat(SCENARIOS.stream().map(GeneratedScenario::url).toList()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = OriginClass.class, names = "LOOPBACK_TWIN", mode = EnumSource.Mode.EXCLUDE)
    void everyOriginClassIsGenerated(OriginClass c) {
        assertThat(SCENARIOS).anyMatch(s -> s.originClass() == c);
    }

    @Test
    void noLookAlikeIsAnOriginThePolicyAllows() {
        assertThat(SCENARIOS.stream().filter(s -> s.originClass().isProbe() && s.originClass() != OriginClass.NULL))
                .noneMatch(s -> PageOrigins.allows(DemoPolicy.standard(), s.page().origin()));
    }

    @Test
    void originsNoBrowserCanProduceAreWireOnly() {
        Set<String> wireOnly = SCENARIOS.stream().filter(GeneratedScenario::isWireOnly).map(s -> s.page().origin())
                .collect(Collectors.toSet());

        assertThat(wireOnly).contains("https://app.localhost%60.evil.example", "https://app.localhost_.evil.example",
                "http://localhost:3000.evil.example");
        assertThat(SCENARIOS.stream().filter(s -> s.originClass() == OriginClass.ALLOWED))
                .allMatch(s -> !s.isWireOnly());
    }

    @Test
    void allowedOriginsTryEveryGenericShape() {
        Set<String> shapes = SCENARIOS.stream().filter(s -> s.page().origin().equals("https://app.localhost"))
                .map(s -> s.shape().name()).collect(Collectors.toSet());

        assertThat(shapes).containsAll(RequestShape.GENERIC.stream().map(RequestShape::name).toList());
    }

    @Test
    void pathsThatMakeTheSameSlugKeepEveryEndpointsScenarios() {
        List<Endpoint> endpoints = List.of("/a-b", "/a_b", "/A-B").stream()
                .map(path -> new Endpoint(path, List.of("GET", "POST"), CredentialsMode.INCLUDE, 200, List.of(),
                        BodyType.NONE)).toList();
        GradingPolicy policy = new GradingPolicy(DemoPolicy.standard(), endpoints,
                GradingPolicy.EndpointSource.DECLARED);
        List<GeneratedScenario> one = ScenarioGenerator.generate(new GradingPolicy(DemoPolicy.standard(),
                endpoints.subList(0, 1), GradingPolicy.EndpointSource.DECLARED), TARGET);

        List<GeneratedScenario> all = ScenarioGenerator.generate(policy, TARGET);

        assertThat(all).hasSize(3 * one.size());
        for (Endpoint endpoint : endpoints) {
            assertThat(all.stream().filter(s -> s.endpoint().path().equals(endpoint.path()))).as(endpoint.path())
                    .hasSize(one.size());
        }
        assertThat(all.stream().map(GeneratedScenario::id).map(id -> id.substring(0, id.indexOf('.'))).distinct())
                .containsExactly("a-b", "a-b-2", "a-b-3");
        assertThat(all.stream().map(GeneratedScenario::id).toList()).doesNotHaveDuplicates();
    }

    @Test
    void twinsComeFromAllowedLoopbackOrigins() {
        GradingPolicy onlyLocalhost = new GradingPolicy(dev.corstck.reference.policy.CorsPolicy.builder()
                .origins("http://localhost:3000").build(), POLICY.endpoints(), GradingPolicy.EndpointSource.DECLARED);

        assertThat(ScenarioGenerator.generate(onlyLocalhost, TARGET)).anyMatch(s -> s.originClass()
                == OriginClass.LOOPBACK_TWIN && s.page().origin().equals("http://127.0.0.1:3000"));
    }

    @Test
    void lookAlikesCoverEveryScannerClassOfANamedHttpsOrigin() {
        var origin = new dev.corstck.fetch.origin.TupleOrigin("https", "app.example", -1);
        Set<OriginClass> classes = PageOrigins.lookAlikes(origin).stream().map(PageOriginVariant::originClass)
                .collect(Collectors.toSet());

        assertThat(classes).containsAll(EnumSet.of(OriginClass.PREFIX, OriginClass.SUFFIX, OriginClass.UNESCAPED_DOT,
                OriginClass.SPECIAL_CHARACTER, OriginClass.SCHEME_DOWNGRADE, OriginClass.ANY_SUBDOMAIN,
                OriginClass.ANY_PORT));
        assertThat(Arrays.stream(OriginClass.values()).filter(OriginClass::isProbe)).allMatch(c -> c.securityRule()
                .map(r -> dev.corstck.tck.catalog.RuleCatalog.find(r + "-with-credentials").isPresent()).orElse(false));
    }
}
