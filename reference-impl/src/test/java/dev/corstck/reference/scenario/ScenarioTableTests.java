package dev.corstck.reference.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.profile.MistakeProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioTableTests {

    private static final String ALT = "http://alt.localhost:9";
    private static final Set<String> CORS_NAMES = Set.of("access-control-allow-origin",
            "access-control-allow-credentials", "access-control-allow-methods", "access-control-allow-headers",
            "access-control-expose-headers", "access-control-max-age", "access-control-allow-private-network", "vary");

    static Stream<Scenario> scenarios() {
        return ScenarioTable.all().stream();
    }

    @Test
    void tableHasItsOneHundredFortyTwoRowsWithStableUniqueIds() {
        assertThat(ScenarioTable.all()).hasSize(142);
        assertThat(ScenarioTable.all()).extracting(Scenario::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9-]+(\\.[a-z0-9.-]+)+"));
        assertThat(ScenarioTable.byId("preflight.put-authorization.allowed-origin")).isPresent();
    }

    @Test
    void everyMistakeProfileHasARowThatExposesIt() {
        Set<MistakeProfile> covered = ScenarioTable.all().stream().map(s -> s.server().profile())
                .flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(MistakeProfile.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void declaredPreflightMatchesTheRequestShape(Scenario s) {
        assertThat(s.expected().traffic().hasPreflight()).as("preflight needed for %s", s.request())
                .isEqualTo(BrowserRequests.needsPreflight(s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void processorDecidesAsTheTableSays(Scenario s) {
        RawRequest first = BrowserRequests.first(s, ALT);

        Decision decision = new CorsProcessor(s.server().effectivePolicy()).decide(first);

        assertThat(DecisionKind.of(decision)).as("decision kind").isEqualTo(s.expected().decision());
        Optional<?> denial = decision instanceof Decision.Disallowed d ? Optional.of(d.denial()) : Optional.empty();
        assertThat(denial).as("denial").isEqualTo(s.expected().denial());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void referenceServerAnswersWithTheTablesStatusAndCorsHeaders(Scenario s) {
        RawResponse response = s.server().responder().handle(BrowserRequests.first(s, ALT));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(response.status()).as("status").isEqualTo(s.expected().status());
        soft.assertThat(corsLines(response.headers())).as("CORS header lines")
                .isEqualTo(corsLines(s.expected().corsHeaders()));
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void browserOutcomeFollowsFromTheResponses(Scenario s) {
        FetchOracle.Result result = FetchOracle.run(s, s.server().responder(), ALT);

        assertThat(result.outcome()).as("outcome").isEqualTo(s.expected().outcome());
        assertThat(result.traffic()).as("traffic").isEqualTo(s.expected().traffic());
    }

    @Test
    void groupsAreListedInTableOrder() {
        assertThat(ScenarioTable.groups()).startsWith("origin").contains("preflight", "wildcard", "profile");
        assertThat(ScenarioTable.group("profile")).allMatch(s -> s.server().profile().isPresent());
    }

    /** Every CORS header line by lowercase name, values in order: names compare case-insensitively. */
    private static Map<String, List<String>> corsLines(HeaderList headers) {
        Map<String, List<String>> out = new TreeMap<>();
        for (HeaderField f : headers.fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (CORS_NAMES.contains(name)) {
                out.merge(name, List.of(f.value()), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        return out;
    }
}
