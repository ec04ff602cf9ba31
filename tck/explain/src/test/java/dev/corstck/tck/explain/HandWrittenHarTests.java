package dev.corstck.tck.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.explain.har.HarFormatException;
import dev.corstck.tck.simulator.BlockReason;
import dev.corstck.tck.simulator.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written HARs for what the recordings do not show: Safari's export, DevTools' status 0, caches, redirects. */
class HandWrittenHarTests {

    private static final Path DIR = Path.of("src/test/resources/dev/corstck/tck/explain/edge");

    private static ExplainReport explain(String file) throws Exception {
        return Explanations.fromHar(DIR.resolve(file));
    }

    private static Explained request(ExplainReport r, String method, String urlEnd) {
        return r.requests().stream().filter(e -> e.input().request().method().equals(method)
                && e.input().request().url().endsWith(urlEnd)).findFirst().orElseThrow();
    }

    @Test
    void safariExportIsRecordedByWebKitAndItsRefusedHeaderIsNamed() throws Exception {
        ExplainReport r = explain("safari-web-inspector.har");

        assertThat(r.requests()).hasSize(2); // the page navigation is not CORS
        Explained put = request(r, "PUT", "/v1/orders/7");
        assertThat(put.input().recorded().engine()).contains(Engine.WEBKIT);
        assertThat(put.preflight()).isEqualTo(PreflightSource.RECORDED);
        EngineVerdict webkit = put.engines().get(Engine.WEBKIT);
        assertThat(webkit.outcome()).isEqualTo(ExplainedOutcome.NETWORK_ERROR);
        assertThat(webkit.block()).hasValueSatisfying(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.HEADER_DISALLOWED);
            assertThat(b.detail()).isEqualTo("x-api-key");
        });
        assertThat(webkit.console()).first().asString()
                .contains("Request header field x-api-key is not allowed by Access-Control-Allow-Headers");
        assertThat(webkit.rules()).containsExactly("preflight.acah-lists-headers");
        assertThat(webkit.fix()).hasValueSatisfying(f -> assertThat(f.remedy()).contains("allowedHeaders")
                .contains("'X-Api-Key'"));
        assertThat(webkit.notes()).anyMatch(n -> n.contains("with 'include' it fails first on "
                + "PREFLIGHT_INVALID_ALLOW_CREDENTIALS"));
        // '*' without a Cookie sent: allowed without credentials, blocked with them; a HAR cannot say which.
        Explained catalog = request(r, "GET", "/v1/catalog");
        assertThat(catalog.engines().values()).allSatisfy(v -> {
            assertThat(v.outcome()).isEqualTo(ExplainedOutcome.UNKNOWN);
            assertThat(v.missing()).anyMatch(m -> m.contains("credentials: 'include'"));
        });
        assertThat(catalog.decideWith()).hasValueSatisfying(line -> assertThat(line).contains("/v1/catalog"));
        assertThat(r.exitCode()).isEqualTo(1);
        ExplainReport omit = Explanations.fromHar(DIR.resolve("safari-web-inspector.har"),
                java.util.Optional.of(dev.corstck.fetch.request.CredentialsMode.OMIT));
        assertThat(request(omit, "GET", "/v1/catalog").engines().values())
                .allSatisfy(v -> assertThat(v.outcome()).isEqualTo(ExplainedOutcome.CORS_OK));
    }

    @Test
    void devtoolsStatusZeroWithoutHeadersIsUnknownWithWhatIsMissingAndTheLineThatDecidesIt() throws Exception {
        ExplainReport r = explain("devtools-status0.har");

        assertThat(r.requests()).extracting(e -> e.input().request().url())
                .containsExactly("https://api.example.test/v1/profile", "https://api.example.test/v1/prices",
                        "https://api.example.test/v1/cart"); // navigation, script, image and same-origin skipped
        assertThat(r.skipped()).isEqualTo(4);
        Explained profile = r.requests().get(0);
        assertThat(profile.input().recorded().describe()).isEqualTo("chromium recorded: blocked (net::ERR_FAILED)");
        assertThat(profile.engines().values()).allSatisfy(v -> {
            assertThat(v.outcome()).isEqualTo(ExplainedOutcome.UNKNOWN);
            assertThat(v.missing()).anyMatch(m -> m.contains("status 0 and no headers")
                    && m.contains("net::ERR_FAILED"));
        });
        assertThat(profile.decideWith()).contains(
                "cors-tck explain --url https://api.example.test/v1/profile --origin https://app.example.test");
        assertThat(profile.isBlockedUndecided()).isTrue();
    }

    @Test
    void devtoolsStatusZeroWithHeadersIsDecidedFromTheHeaders() throws Exception {
        Explained prices = request(explain("devtools-status0.har"), "GET", "/v1/prices");

        EngineVerdict chromium = prices.engines().get(Engine.CHROMIUM);
        assertThat(chromium.outcome()).isEqualTo(ExplainedOutcome.NETWORK_ERROR);
        assertThat(chromium.block().flatMap(b -> b.chromiumCorsError())).contains("AllowOriginMismatch");
        assertThat(chromium.rules()).containsExactly("cors-check.acao-exact");
        assertThat(chromium.notes()).anyMatch(n -> n.contains("not recorded; 200 taken"));
    }

    @Test
    void aCookieHeaderMeansCredentialsSoAWildcardOriginIsTheBlock() throws Exception {
        Explained cart = request(explain("devtools-status0.har"), "GET", "/v1/cart");

        assertThat(cart.input().credentials()).containsExactly(dev.corstck.fetch.request.CredentialsMode.INCLUDE);
        assertThat(cart.engines().values()).allSatisfy(v -> assertThat(v.block().map(b -> b.reason()))
                .contains(BlockReason.WILDCARD_ORIGIN_NOT_ALLOWED));
        assertThat(cart.rules()).containsExactly("cors-check.acao-not-wildcard-with-credentials",
                "seed.wildcard-with-credentials");
        assertThat(cart.lead().fix()).hasValueSatisfying(f -> assertThat(f.remedy())
                .contains("origin: ['https://app.example.test'], credentials: true"));
    }

    @Test
    void aPreflightWithoutItsActualRequestIsListedOnItsOwn() throws Exception {
        ExplainReport r = explain("preflight-only-and-redirect.har");
        Explained delete = request(r, "DELETE", "/v1/items/3");

        assertThat(delete.input().preflightEntry()).isTrue();
        assertThat(delete.engines().get(Engine.SPEC).block().map(b -> b.reason()))
                .contains(BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN); // CORS check first in the spec
        assertThat(delete.engines().get(Engine.FIREFOX).block().map(b -> b.reason()))
                .contains(BlockReason.PREFLIGHT_INVALID_STATUS); // Firefox's profile reports the status first
        assertThat(delete.rules()).contains("preflight.cors-check", "preflight.status-ok");
    }

    @Test
    void aRedirectHopIsExplainedWithTheRequestThatLedToIt() throws Exception {
        ExplainReport r = explain("preflight-only-and-redirect.har");

        assertThat(r.requests()).hasSize(2);
        Explained old = request(r, "GET", "/v1/old");
        EngineVerdict spec = old.engines().get(Engine.SPEC);
        assertThat(spec.outcome()).isEqualTo(ExplainedOutcome.NETWORK_ERROR);
        assertThat(spec.block()).hasValueSatisfying(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.ALLOW_ORIGIN_MISMATCH); // the hop is tainted: Origin null
            assertThat(b.detail()).isEqualTo("https://app.example.test");
        });
        assertThat(old.evidence()).hasSize(2);
        assertThat(old.input().recorded().describe()).isEqualTo("chromium recorded: blocked (net::ERR_FAILED)");
    }

    @Test
    void aCachedPreflightIsTheRecordedOneAndBothPutsAreAllowed() throws Exception {
        ExplainReport r = Explanations.fromHar(DIR.resolve("firefox-preflight-cache.har"),
                java.util.Optional.of(dev.corstck.fetch.request.CredentialsMode.SAME_ORIGIN));

        assertThat(r.requests()).hasSize(2);
        assertThat(r.requests()).allSatisfy(e -> {
            assertThat(e.preflight()).isEqualTo(PreflightSource.RECORDED);
            assertThat(e.input().recorded().engine()).contains(Engine.FIREFOX);
            assertThat(e.engines().values()).allSatisfy(v -> assertThat(v.outcome())
                    .isEqualTo(ExplainedOutcome.CORS_OK));
        });
        assertThat(r.exitCode()).isEqualTo(0);
    }

    @Test
    void unreadableHarsNameTheProblemAndWhere() {
        assertThatThrownBy(() -> explain("not-json.har")).isInstanceOf(HarFormatException.class)
                .hasMessageContaining("not-json.har: line 2, column 32: not JSON");
        assertThatThrownBy(() -> explain("entry-without-url.har")).isInstanceOf(HarFormatException.class)
                .hasMessageEndingWith("log.entries[0].request.url: missing or not a string");
        assertThatThrownBy(() -> dev.corstck.tck.explain.har.HarReader.parse("[1]"))
                .hasMessageContaining("top level must be a JSON object");
        assertThatThrownBy(() -> dev.corstck.tck.explain.har.HarReader.parse("{\"log\":{}}"))
                .hasMessage("log.entries: missing or not an array");
    }

    @Test
    void everyRuleIdExplainNamesIsInTheCatalog() {
        List<String> ids = java.util.Arrays.stream(BlockReason.values()).flatMap(reason -> BlockRules.of(
                new dev.corstck.tck.simulator.Block(reason, "authorization",
                        new dev.corstck.tck.simulator.ConsoleMessages(java.util.Map.of()))).stream()).distinct()
                .toList();
        assertThat(ids).as("rules the block reasons name").hasSize(15).allSatisfy(id ->
                assertThat(dev.corstck.tck.catalog.RuleCatalog.find(id)).as(id).isPresent());
    }
}
