package dev.corstck.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.corstck.harness.CorsApi.ACAO;
import static dev.corstck.harness.CorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of stateless CORS scenarios, run per engine as one parallel batch from a page on
 * {@code http://127.0.0.1:<port>} against the API on {@code http://localhost:<port>}; each row is checked on its own.
 */
@ExtendWith(BrowserFixture.Extension.class)
class CorsScenarioTests {

    /** A row: the call, the API's answer, what JavaScript must see, and Chromium's structured reason if it fails. */
    record Scenario(String name, Function<String, FetchCall> call, Function<PageOrigin, ResponseDefinitionBuilder> answer,
            Outcome expected, String chromiumReason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String PUT_OK = "put-ok";
    private static final String PUT_NO_ACAH = "put-no-acah";

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("readable GET", FetchCall::get, p -> ok("readable").withHeader(ACAO, p.serialize())
                    .withHeader("Access-Control-Expose-Headers", "X-Visible").withHeader("X-Visible", "yes")
                    .withHeader("X-Hidden", "no"), Outcome.CORS_OK, ""),
            new Scenario("blocked GET", FetchCall::get, p -> ok("secret"), Outcome.NETWORK_ERROR,
                    "MissingAllowOriginHeader"),
            new Scenario("credentials with ACAO *", u -> FetchCall.get(u).withCredentials(CredentialsMode.INCLUDE),
                    p -> ok("x").withHeader(ACAO, "*"), Outcome.NETWORK_ERROR, "WildcardOriginNotAllowed"),
            new Scenario("no-cors is opaque", u -> FetchCall.get(u).withMode(RequestMode.NO_CORS),
                    p -> ok("x"), Outcome.OPAQUE, ""),
            new Scenario("port mismatch", FetchCall::get, p -> ok("x").withHeader(ACAO,
                    p.withPort(p.port() + 1).serialize()), Outcome.NETWORK_ERROR, "AllowOriginMismatch"),
            new Scenario("scheme mismatch", FetchCall::get, p -> ok("x").withHeader(ACAO,
                    "https://127.0.0.1:" + p.port()), Outcome.NETWORK_ERROR, "AllowOriginMismatch"),
            new Scenario("localhost is not 127.0.0.1", FetchCall::get, p -> ok("x").withHeader(ACAO,
                    "http://localhost:" + p.port()), Outcome.NETWORK_ERROR, "AllowOriginMismatch"),
            new Scenario("duplicate ACAO", FetchCall::get, p -> ok("x").withHeader(ACAO, p.serialize(), p.serialize()),
                    Outcome.NETWORK_ERROR, "MultipleAllowOriginValues"),
            new Scenario("preflighted PUT allowed", CorsScenarioTests::authorizedPut,
                    p -> ok("put").withHeader(ACAO, p.serialize()), Outcome.CORS_OK, ""),
            new Scenario("preflight without ACAH", CorsScenarioTests::authorizedPut,
                    p -> ok("put").withHeader(ACAO, p.serialize()), Outcome.NETWORK_ERROR,
                    "HeaderDisallowedByPreflightResponse"),
            new Scenario("invalid header name throws", u -> FetchCall.get(u).withHeader("Bad Name", "1"),
                    p -> ok("x"), Outcome.THROWS_SYNC, ""),
            new Scenario("no-cors PUT throws", u -> FetchCall.to("PUT", u).withMode(RequestMode.NO_CORS),
                    p -> ok("x"), Outcome.THROWS_SYNC, ""),
            new Scenario("same-origin is basic", u -> FetchCall.get(
                    dev.corstck.harness.page.PagePaths.echoUrl(BrowserFixture.get().page).toString()),
                    p -> ok("x"), Outcome.BASIC, ""),
            new Scenario("manual redirect is opaqueredirect", u -> FetchCall.get(u)
                    .withRedirect(RedirectMode.MANUAL), p -> aResponse().withStatus(302)
                    .withHeader("Location", "/elsewhere").withHeader(ACAO, p.serialize()),
                    Outcome.OPAQUE_REDIRECT, ""));

    private static final Map<Engine, Map<String, Observation>> RESULTS = new ConcurrentHashMap<>();

    private static FetchCall authorizedPut(String url) {
        return FetchCall.to("PUT", url).withHeader("Authorization", "Bearer t0k3n").withBody(Body.text("{}"));
    }

    private static String slug(Scenario s) {
        return s.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    @BeforeAll
    static void stubApi() {
        BrowserFixture f = BrowserFixture.get();
        SCENARIOS.forEach(s -> f.api.stub(s.call().apply("http://x/").method().equals("PUT") ? RequestMethod.PUT
                : RequestMethod.GET, slug(s), s.answer().apply(f.page)));
        f.api.stub(RequestMethod.OPTIONS, slug(SCENARIOS.get(8)), aResponse().withStatus(204)
                .withHeader(ACAO, f.page.serialize()).withHeader("Access-Control-Allow-Methods", "PUT")
                .withHeader("Access-Control-Allow-Headers", "authorization, content-type"));
        f.api.stub(RequestMethod.OPTIONS, slug(SCENARIOS.get(9)), aResponse().withStatus(204)
                .withHeader(ACAO, f.page.serialize()).withHeader("Access-Control-Allow-Methods", "PUT"));
    }

    static Stream<Arguments> engineScenarios() {
        return BrowserFixture.engines().flatMap(e -> SCENARIOS.stream().map(s -> Arguments.of(e, s)));
    }

    /** Run the whole table once per engine, as one parallel batch. */
    private static Observation observe(Engine engine, Scenario s) {
        BrowserFixture f = BrowserFixture.get();
        Map<String, Observation> byName = RESULTS.computeIfAbsent(engine, e -> {
            List<FetchCall> calls = SCENARIOS.stream()
                    .map(x -> x.call().apply(f.url(e, slug(x))).withId(x.name())).toList();
            List<Observation> seen = f.harness.run(e, f.page, calls, BatchMode.PARALLEL_SHARED_CONTEXT);
            return seen.stream().collect(java.util.stream.Collectors.toMap(Observation::callId, o -> o));
        });
        return byName.get(s.name());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("engineScenarios")
    void browserSeesTheExpectedOutcome(Engine engine, Scenario s) {
        Observation o = observe(engine, s);
        assertThat(o.outcome()).as(o.summary()).isEqualTo(s.expected());
        assertThat(o.pageOrigin()).isEqualTo(BrowserFixture.get().page.serialize());
        if (!o.unavailable().contains(Capability.CORS_REASON)) {
            assertThat(o.corsReason().map(CorsReason::error)).as(o.summary())
                    .isEqualTo(s.chromiumReason().isEmpty() ? Optional.empty() : Optional.of(s.chromiumReason()));
        }
        if (s.expected() == Outcome.NETWORK_ERROR || s.expected() == Outcome.THROWS_SYNC) {
            assertThat(o.jsError()).as(o.summary()).get().extracting(JsError::name).isEqualTo("TypeError");
        }
        if (s.expected() == Outcome.NETWORK_ERROR && !o.unavailable().contains(Capability.CONSOLE)) {
            assertThat(o.console()).as(o.summary()).isNotEmpty();
        }
        if (s.expected() == Outcome.THROWS_SYNC) {
            assertThat(o.requests()).as("nothing goes on the wire").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void readableGetExposesOnlyListedHeaders(Engine engine) {
        Observation o = observe(engine, SCENARIOS.get(0));
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.response().type()).isEqualTo("cors");
        assertThat(o.response().bodyExcerpt()).isEqualTo("readable");
        assertThat(o.response().header("X-Visible")).contains("yes");
        assertThat(o.response().header("X-Hidden")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void blockedGetStillReachesTheServer(Engine engine) {
        observe(engine, SCENARIOS.get(1));
        List<LoggedRequest> got = BrowserFixture.get().api.received(RequestMethod.GET,
                BrowserFixture.path(engine, slug(SCENARIOS.get(1))));
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getHeader("Origin")).isEqualTo(BrowserFixture.get().page.serialize());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void preflightCarriesMethodAndHeaderNames(Engine engine) {
        Observation o = observe(engine, SCENARIOS.get(8));
        List<LoggedRequest> preflights = BrowserFixture.get().api.received(RequestMethod.OPTIONS,
                BrowserFixture.path(engine, slug(SCENARIOS.get(8))));
        assertThat(preflights).hasSize(1);
        assertThat(preflights.get(0).getHeader("Access-Control-Request-Method")).isEqualTo("PUT");
        assertThat(preflights.get(0).getHeader("Access-Control-Request-Headers")).isEqualTo("authorization");
        assertThat(preflights.get(0).containsHeader("Authorization")).isFalse();
        if (!o.unavailable().contains(Capability.NETWORK)) {
            assertThat(o.preflightSent()).isEqualTo(Observed.YES);
            assertThat(o.preflight().flatMap(p -> p.header("Access-Control-Request-Method"))).contains("PUT");
            assertThat(o.actualRequest().map(SentRequest::method)).contains("PUT");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void failedPreflightStopsTheActualRequest(Engine engine) {
        Observation o = observe(engine, SCENARIOS.get(9));
        String path = BrowserFixture.path(engine, slug(SCENARIOS.get(9)));
        assertThat(BrowserFixture.get().api.received(RequestMethod.OPTIONS, path)).hasSize(1);
        assertThat(BrowserFixture.get().api.received(RequestMethod.PUT, path)).isEmpty();
        if (!o.unavailable().contains(Capability.NETWORK)) {
            assertThat(o.preflightSent()).isEqualTo(Observed.YES);
        }
    }
}
