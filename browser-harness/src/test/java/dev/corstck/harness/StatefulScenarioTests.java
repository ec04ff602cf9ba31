package dev.corstck.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.corstck.harness.CorsApi.ACAO;
import static dev.corstck.harness.CorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.corstck.fetch.request.CredentialsMode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenarios whose calls depend on each other: cookies, the preflight cache, and context isolation between batches. */
@ExtendWith(BrowserFixture.Extension.class)
class StatefulScenarioTests {

    private static final CredentialsMode INCLUDE = CredentialsMode.INCLUDE;

    @BeforeAll
    static void stubApi() {
        BrowserFixture f = BrowserFixture.get();
        String origin = f.page.serialize();
        // WebKit keeps only the cookie without SameSite; Chromium only SameSite=None; Secure: send both.
        f.api.stub(RequestMethod.GET, "set-cookie", ok("set").withHeader(ACAO, origin)
                .withHeader("Access-Control-Allow-Credentials", "true")
                .withHeader("Set-Cookie", "tck_none=1; SameSite=None; Secure; Path=/", "tck_plain=1; Path=/"));
        f.api.stub(RequestMethod.GET, "with-cookie", ok("with").withHeader(ACAO, origin)
                .withHeader("Access-Control-Allow-Credentials", "true"));
        f.api.stub(RequestMethod.OPTIONS, "cached", aResponse().withStatus(204).withHeader(ACAO, origin)
                .withHeader("Access-Control-Allow-Methods", "PUT").withHeader("Access-Control-Allow-Headers", "x-tck")
                .withHeader("Access-Control-Max-Age", "600"));
        f.api.stub(RequestMethod.PUT, "cached", ok("cached").withHeader(ACAO, origin));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void exactOriginWithCredentialsIsReadableAndCarriesTheCookie(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        List<Observation> seen = f.harness.run(engine, f.page, List.of(
                FetchCall.get(f.url(engine, "set-cookie")).withCredentials(INCLUDE),
                FetchCall.get(f.url(engine, "with-cookie")).withCredentials(INCLUDE)),
                BatchMode.SEQUENTIAL_SHARED_CONTEXT);

        assertThat(seen).extracting(Observation::outcome).as(seen.get(1).summary())
                .containsExactly(Outcome.CORS_OK, Outcome.CORS_OK);
        List<LoggedRequest> got = f.api.received(RequestMethod.GET, BrowserFixture.path(engine, "with-cookie"));
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getHeader("Cookie")).as("Cookie the API received").contains("tck_");
        if (!seen.get(1).unavailable().contains(Capability.NETWORK)) {
            assertThat(seen).extracting(Observation::cookiesSent).containsExactly(Observed.NO, Observed.YES);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void cookiesDoNotLeakIntoTheNextBatch(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        String path = BrowserFixture.path(engine, "with-cookie") + "?fresh";
        f.harness.run(engine, f.page, FetchCall.get(f.url(engine, "set-cookie")).withCredentials(INCLUDE));

        Observation fresh = f.harness.run(engine, f.page, FetchCall.get(f.api.base() + path).withCredentials(INCLUDE));

        assertThat(fresh.outcome()).as(fresh.summary()).isEqualTo(Outcome.CORS_OK);
        List<LoggedRequest> got = f.api.received(RequestMethod.GET, BrowserFixture.path(engine, "with-cookie"))
                .stream().filter(r -> r.getUrl().endsWith("?fresh")).toList();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).containsHeader("Cookie")).as("a fresh context sends no cookie").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.corstck.harness.BrowserFixture#engines")
    void maxAgeLetsOnePreflightServeLaterCallsInTheSameContextOnly(Engine engine) {
        BrowserFixture f = BrowserFixture.get();
        FetchCall put = FetchCall.to("PUT", f.url(engine, "cached")).withHeader("X-Tck", "1");
        String path = BrowserFixture.path(engine, "cached");

        List<Observation> seen = f.harness.run(engine, f.page, List.of(put, put, put),
                BatchMode.SEQUENTIAL_SHARED_CONTEXT);

        assertThat(seen).extracting(Observation::outcome).containsOnly(Outcome.CORS_OK);
        assertThat(f.api.received(RequestMethod.OPTIONS, path)).hasSize(1);
        assertThat(f.api.received(RequestMethod.PUT, path)).hasSize(3);
        if (!seen.get(0).unavailable().contains(Capability.NETWORK)) {
            assertThat(seen).extracting(Observation::preflightSent)
                    .containsExactly(Observed.YES, Observed.NO, Observed.NO);
        }
        // GIVEN the cache holds the entry WHEN a fresh context calls THEN it preflights again.
        assertThat(f.harness.run(engine, f.page, put).outcome()).isEqualTo(Outcome.CORS_OK);
        assertThat(f.api.received(RequestMethod.OPTIONS, path)).hasSize(2);
    }
}
