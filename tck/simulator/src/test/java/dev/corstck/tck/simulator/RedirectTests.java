package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.simulator.replay.ScriptRule;
import dev.corstck.tck.simulator.replay.ScriptedResponse;
import dev.corstck.tck.simulator.replay.ServerScript;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Redirects (R-REDIR-01…08, R-ORIGIN-05): taint, per-hop CORS check, limits, method rewriting. */
class RedirectTests {

    record Row(String id, FetchRequest request, Map<String, ServerScript> servers, Outcome outcome,
            List<String> originPerActualHop) {
        @Override
        public String toString() {
            return id;
        }
    }

    static ScriptedResponse hop(int status, String location, String... acao) {
        ScriptedResponse r = status(status, "Location", location);
        return acao.length == 0 ? r : r.with("Access-Control-Allow-Origin", acao[0]);
    }

    static ServerScript script(ScriptRule... rules) {
        return new ServerScript(List.of(rules));
    }

    static ScriptRule rule(String method, String path, ScriptedResponse r) {
        return new ScriptRule(method, path, r);
    }

    static ScriptRule target(String acao) {
        return rule("*", "/t", ok("Access-Control-Allow-Origin", acao));
    }

    static final ScriptRule ANY_PREFLIGHT = rule("OPTIONS", "/t", status(204, "Access-Control-Allow-Origin", "{origin}",
            "Access-Control-Allow-Methods", "{acrm}", "Access-Control-Allow-Headers", "{acrh}"));

    static Row row(String id, FetchRequest r, Map<String, ServerScript> s, Outcome o, String... origins) {
        return new Row(id, r, s, o, List.of(origins));
    }

    static Stream<Row> rows() {
        FetchRequest toB = FetchRequest.get(A, B + "/redir");
        String nul = "null";
        ServerScript chain = script(IntStream.rangeClosed(1, 21).mapToObj(i -> rule("*", "/c" + i,
                hop(302, "/c" + (i + 1), "*"))).toArray(ScriptRule[]::new)).with(target("*"))
                .with(rule("*", "/c22", ok("Access-Control-Allow-Origin", "*")));
        return Stream.of(
                row("same-origin-to-cross-keeps-origin", FetchRequest.get(A, A + "/redir"),
                        Map.of(A, script(rule("*", "/redir", hop(302, B + "/t"))), B, script(target(A))),
                        Outcome.CORS_OK, "", A),
                row("cross-to-same-cross-keeps-origin", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, "/t", A)), target(A))), Outcome.CORS_OK, A, A),
                row("cross-to-other-taints-origin-star-passes", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, B2 + "/t", A))), B2, script(target("*"))),
                        Outcome.CORS_OK, A, nul),
                row("cross-to-other-taints-origin-exact-fails", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, B2 + "/t", A))), B2, script(target(A))),
                        Outcome.NETWORK_ERROR, A, nul),
                row("cross-to-other-null-acao-passes", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, B2 + "/t", A))), B2, script(target("null"))),
                        Outcome.CORS_OK, A, nul),
                row("cross-back-to-requester-taints", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, A + "/t", A))), A, script(target(A))),
                        Outcome.NETWORK_ERROR, A, nul),
                row("redirect-hop-without-acao-fails", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, "/t")), target(A))), Outcome.NETWORK_ERROR, A),
                row("twenty-redirects-pass", FetchRequest.get(A, B + "/c2"), Map.of(B, chain), Outcome.CORS_OK,
                        IntStream.range(0, 21).mapToObj(i -> A).toArray(String[]::new)),
                row("twenty-one-redirects-fail", FetchRequest.get(A, B + "/c1"), Map.of(B, chain),
                        Outcome.NETWORK_ERROR, IntStream.range(0, 21).mapToObj(i -> A).toArray(String[]::new)),
                row("redirect-mode-error-fails", toB.withRedirect(RedirectMode.ERROR),
                        Map.of(B, script(rule("*", "/redir", hop(302, "/t", A)))), Outcome.NETWORK_ERROR, A),
                row("redirect-mode-manual-is-opaque-redirect", toB.withRedirect(RedirectMode.MANUAL),
                        Map.of(B, script(rule("*", "/redir", hop(302, "/t", A)))), Outcome.OPAQUE_REDIRECT, A),
                row("redirect-mode-manual-still-cors-checks", toB.withRedirect(RedirectMode.MANUAL),
                        Map.of(B, script(rule("*", "/redir", hop(302, "/t")))), Outcome.NETWORK_ERROR, A),
                row("location-with-credentials-fails", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, "https://u:p@other.example/t", A)))),
                        Outcome.NETWORK_ERROR, A),
                row("location-data-url-fails", toB,
                        Map.of(B, script(rule("*", "/redir", hop(302, "data:text/plain,x", A)))),
                        Outcome.NETWORK_ERROR, A),
                row("location-missing-delivers-3xx", toB,
                        Map.of(B, script(rule("*", "/redir", status(302, "Access-Control-Allow-Origin", A)))),
                        Outcome.CORS_OK, A),
                row("no-cors-cross-redirect-is-opaque", toB.withMode(RequestMode.NO_CORS),
                        Map.of(B, script(rule("*", "/redir", hop(302, B2 + "/t"))), B2, script(target(A))),
                        Outcome.OPAQUE, "", ""),
                row("preflighted-put-307-preflights-target-with-null", toB.withMethod("PUT"),
                        Map.of(B, script(rule("OPTIONS", "/redir", status(204, "Access-Control-Allow-Origin", A,
                                "Access-Control-Allow-Methods", "PUT")), rule("*", "/redir", hop(307, B2 + "/t", A))),
                                B2, script(ANY_PREFLIGHT, target("*"))),
                        Outcome.CORS_OK, A, nul));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void followsRedirects(Row row) {
        for (BrowserProfile profile : BrowserProfile.ALL) {
            Prediction p = predict(profile, row.request(), servers(row.servers()));
            String why = profile.name() + "\n" + p.explanation().render();
            assertThat(p.outcome()).as(why).isEqualTo(row.outcome());
            assertThat(p.actualRequests().stream().map(r -> r.headers().first("Origin").orElse("")).toList())
                    .as(why).isEqualTo(row.originPerActualHop());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methodRows")
    void rewritesMethods(int status, String method, String expectedMethod) {
        var servers = servers(Map.of(B, script(rule("OPTIONS", "/redir", status(204, "Access-Control-Allow-Origin", A,
                "Access-Control-Allow-Methods", "{acrm}", "Access-Control-Allow-Headers", "{acrh}")),
                rule("*", "/redir", hop(status, "/t", A)), ANY_PREFLIGHT, target(A))));
        FetchRequest r = FetchRequest.get(A, B + "/redir").withMethod(method).withBody(Body.of(BodyKind.STRING))
                .withHeader("Content-Language", "en");
        Prediction p = spec(r, servers);
        RawRequest second = p.actualRequests().get(1);
        assertThat(second.method()).isEqualTo(expectedMethod);
        assertThat(second.headers().contains("Content-Type")).isEqualTo(expectedMethod.equals(method));
        assertThat(second.body().isEmpty()).isEqualTo(!expectedMethod.equals(method));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> methodRows() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(301, "POST", "GET"),
                org.junit.jupiter.params.provider.Arguments.of(302, "POST", "GET"),
                org.junit.jupiter.params.provider.Arguments.of(303, "POST", "GET"),
                org.junit.jupiter.params.provider.Arguments.of(303, "PUT", "GET"),
                org.junit.jupiter.params.provider.Arguments.of(307, "POST", "POST"),
                org.junit.jupiter.params.provider.Arguments.of(308, "PUT", "PUT"),
                org.junit.jupiter.params.provider.Arguments.of(301, "PUT", "PUT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void authorizationIsRemovedOnCrossOriginHop(Engine engine) {
        var servers = servers(Map.of(B, script(rule("OPTIONS", "/redir", status(204, "Access-Control-Allow-Origin", A,
                "Access-Control-Allow-Headers", "authorization")), rule("*", "/redir", hop(302, B2 + "/t", A))),
                B2, script(ANY_PREFLIGHT, target("*"))));
        Prediction p = predict(BrowserProfile.of(engine), FetchRequest.get(A, B + "/redir")
                .withHeader("Authorization", "Bearer x"), servers);
        assertThat(p.outcome()).isEqualTo(Outcome.CORS_OK);
        assertThat(p.actualRequests().get(0).headers().contains("Authorization")).isTrue();
        assertThat(p.actualRequests().get(1).headers().contains("Authorization")).isFalse();
    }

    static Stream<Engine> profiles() {
        return Stream.of(Engine.values());
    }
}
