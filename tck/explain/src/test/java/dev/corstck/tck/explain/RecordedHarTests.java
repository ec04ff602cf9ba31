package dev.corstck.tck.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.simulator.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HARs recorded from the project's real Chromium and Firefox runs (see {@link HarRecordingTests} and
 * {@code tck/EXPLAIN.md}): for every request the browser blocked, explain names the block the browser reported
 * (Chromium's {@code corsErrorStatus}, Firefox's console reason); for every request it allowed, explain says allowed.
 */
class RecordedHarTests {

    private static final Path DIR = Path.of("src/test/resources/dev/corstck/tck/explain/har");
    private static final Pattern REASON = Pattern.compile("\\(Reason: ([^)]*)\\)");

    /**
     * Where the simulator's Firefox profile words a block differently from the real Firefox that recorded the HAR.
     * The outcome agrees (a network error); the reason reported does not: a 401 preflight without CORS headers fails
     * both the status and the CORS check, and Firefox ESR 153 reports the missing Access-Control-Allow-Origin, while
     * the profile ({@code PreflightCheckOrder.STATUS_FIRST}) reports the status. A finding about the simulator's
     * profile, reported, not fixed here (the simulator is not this package's to change).
     */
    static final java.util.Map<String, String> KNOWN_FIREFOX_DISAGREEMENTS = java.util.Map.of(
            "preflight-requires-auth", "CORS header 'Access-Control-Allow-Origin' missing");

    @Test
    void chromiumCdpHarNamesEveryBlockChromiumReported() throws Exception {
        assertThat(checkChromium(DIR.resolve("chromium-cdp.har"), DIR.resolve("chromium-cdp.browser.json")))
                .hasSize(11);
    }

    @Test
    void sanitizedChromiumHarStillNamesEveryBlock() throws Exception {
        assertThat(checkChromium(DIR.resolve("chromium-cdp-sanitized.har"),
                DIR.resolve("chromium-cdp.browser.json"))).hasSize(11);
    }

    @Test
    void playwrightHarIsExplainedOrUnknownWithWhatIsMissing() throws Exception {
        assertThat(checkPlaywright(DIR.resolve("chromium-playwright.har"),
                DIR.resolve("chromium-playwright.browser.json"))).hasSize(11);
    }

    @Test
    void firefoxBidiHarNamesEveryBlockFirefoxReported() throws Exception {
        assertThat(checkFirefox(DIR.resolve("firefox-bidi.har"), DIR.resolve("firefox-bidi.browser.json")))
                .hasSize(11);
    }

    /** Check a Chromium HAR against Chromium's own reports; return the cases checked. */
    static List<String> checkChromium(Path har, Path sidecar) throws Exception {
        ExplainReport report = Explanations.fromHar(har);
        JsonObject side = HarRecordingTests.read(sidecar);
        List<String> checked = new ArrayList<>();
        for (JsonElement f : side.getAsJsonArray("fetches")) {
            JsonObject fetch = f.getAsJsonObject();
            Explained e = find(report, fetch);
            EngineVerdict v = e.engines().get(Engine.CHROMIUM);
            String name = fetch.get("case").getAsString();
            if (fetch.get("result").getAsString().startsWith("ok")) {
                assertThat(v.outcome()).as(name + ": chromium allowed it").isEqualTo(ExplainedOutcome.CORS_OK);
            } else {
                String corsError = corsError(side, fetch);
                assertThat(v.outcome()).as(name + ": chromium blocked it (" + corsError + ")")
                        .isEqualTo(ExplainedOutcome.NETWORK_ERROR);
                assertThat(v.block().flatMap(b -> b.chromiumCorsError())).as(name + ": the block chromium reported")
                        .contains(corsError);
                assertThat(v.console()).as(name).isNotEmpty();
            }
            checked.add(name);
        }
        return checked;
    }

    /** Check a Playwright-recorded HAR (no preflights, no response to blocked requests); return the cases checked. */
    static List<String> checkPlaywright(Path har, Path sidecar) throws Exception {
        ExplainReport report = Explanations.fromHar(har);
        JsonObject side = HarRecordingTests.read(sidecar);
        JsonObject cdp = HarRecordingTests.read(sidecar.resolveSibling("chromium-cdp.browser.json"));
        List<String> checked = new ArrayList<>();
        for (JsonElement f : side.getAsJsonArray("fetches")) {
            JsonObject fetch = f.getAsJsonObject();
            Explained e = find(report, fetch);
            EngineVerdict v = e.engines().get(Engine.CHROMIUM);
            String name = fetch.get("case").getAsString();
            if (fetch.get("result").getAsString().startsWith("ok")) {
                assertThat(v.outcome()).as(name + ": chromium allowed it").isEqualTo(ExplainedOutcome.CORS_OK);
            } else {
                assertThat(e.input().recorded().result()).as(name).isEqualTo(BrowserRecord.Result.BLOCKED);
                assertThat(e.input().recorded().errorText()).as(name + ": the error chromium recorded").isNotEmpty();
                if (v.outcome().isDecided()) {
                    String corsError = cdpCorsError(cdp, name);
                    assertThat(v.block().flatMap(b -> b.chromiumCorsError())).as(name).contains(corsError);
                } else {
                    assertThat(v.missing()).as(name + ": what is missing").isNotEmpty();
                    assertThat(e.decideWith()).as(name + ": the line that decides it").isPresent();
                }
            }
            checked.add(name);
        }
        return checked;
    }

    /**
     * Check a Firefox HAR against Firefox's console reasons; return the cases checked. A Firefox HAR does not show
     * whether a blocked response was withheld, nor fetch()'s credentials option: where that option decides, explain
     * must say UNKNOWN and name it as missing; told the option the page used, it must name Firefox's reason.
     */
    static List<String> checkFirefox(Path har, Path sidecar) throws Exception {
        ExplainReport report = Explanations.fromHar(har);
        ExplainReport told = explainTold(har, HarRecordingTests.read(sidecar));
        JsonObject side = HarRecordingTests.read(sidecar);
        List<String> console = new ArrayList<>();
        side.getAsJsonArray("console").forEach(c -> console.add(c.getAsString()));
        List<String> checked = new ArrayList<>();
        for (JsonElement f : side.getAsJsonArray("fetches")) {
            JsonObject fetch = f.getAsJsonObject();
            Explained e = find(report, fetch);
            EngineVerdict v = e.engines().get(Engine.FIREFOX);
            String name = fetch.get("case").getAsString();
            String url = fetch.get("url").getAsString();
            if (!v.outcome().isDecided()) {
                assertThat(v.missing()).as(name + ": what is missing").anyMatch(m -> m.contains("credentials"));
                v = find(told, fetch).engines().get(Engine.FIREFOX);
            }
            if (fetch.get("result").getAsString().startsWith("ok")) {
                assertThat(v.outcome()).as(name + ": firefox allowed it").isEqualTo(ExplainedOutcome.CORS_OK);
            } else {
                List<String> reported = console.stream().filter(l -> l.contains(url)).map(RecordedHarTests::reason)
                        .flatMap(Optional::stream).toList();
                assertThat(v.outcome()).as(name + ": firefox blocked it " + reported)
                        .isEqualTo(ExplainedOutcome.NETWORK_ERROR);
                assertThat(v.console()).as(name).isNotEmpty();
                String ours = reason(v.console().get(0)).orElse("");
                if (KNOWN_FIREFOX_DISAGREEMENTS.containsKey(name)) {
                    // Loud, not hidden: the profile's wording differs from the browser's; see the map's comment.
                    assertThat(reported).as(name + ": the known disagreement still holds").doesNotContain(ours)
                            .contains(KNOWN_FIREFOX_DISAGREEMENTS.get(name));
                } else {
                    assertThat(ours).as(name + ": the reason firefox reported").isIn(reported);
                }
            }
            checked.add(name);
        }
        return checked;
    }

    /** Explain {@code har} told each fetch's credentials option (as {@code --credentials} does on the CLI). */
    private static ExplainReport explainTold(Path har, JsonObject side) throws Exception {
        dev.corstck.tck.explain.har.HarLog log = dev.corstck.tck.explain.har.HarReader.read(har);
        List<Explained> out = new ArrayList<>();
        for (var item : dev.corstck.tck.explain.har.HarInputs.of(log)) {
            String url = item.input().request().url();
            String mode = "same-origin";
            for (JsonElement f : side.getAsJsonArray("fetches")) {
                if (f.getAsJsonObject().get("url").getAsString().equals(url)) {
                    mode = f.getAsJsonObject().get("credentials").getAsString();
                }
            }
            var creds = mode.equals("include") ? dev.corstck.fetch.request.CredentialsMode.INCLUDE
                    : dev.corstck.fetch.request.CredentialsMode.SAME_ORIGIN;
            ExplainInput in = item.input();
            out.add(new Explainer().explain(new ExplainInput(in.label(), in.request().withCredentials(creds),
                    List.of(creds), in.preflightEntry(), in.recorded(), in.notes()), item.evidence()));
        }
        return new ExplainReport(har.toString(), out, 0);
    }

    private static Explained find(ExplainReport report, JsonObject fetch) {
        String method = fetch.get("method").getAsString();
        String url = fetch.get("url").getAsString();
        return report.requests().stream().filter(r -> r.input().request().method().equals(method)
                && r.input().request().url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("explain did not list " + method + " " + url + " ("
                        + fetch.get("case").getAsString() + ")"));
    }

    private static String corsError(JsonObject side, JsonObject fetch) {
        for (JsonElement e : side.getAsJsonArray("entries")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("url").getAsString().equals(fetch.get("url").getAsString())
                    && o.get("method").getAsString().equals(fetch.get("method").getAsString())
                    && !o.get("corsError").getAsString().isEmpty()) {
                return o.get("corsError").getAsString();
            }
        }
        throw new AssertionError("no corsErrorStatus recorded for " + fetch);
    }

    private static String cdpCorsError(JsonObject cdp, String name) {
        for (JsonElement f : cdp.getAsJsonArray("fetches")) {
            if (f.getAsJsonObject().get("case").getAsString().equals(name)) {
                return corsError(cdp, f.getAsJsonObject());
            }
        }
        throw new AssertionError("no CDP recording for " + name);
    }

    /** The {@code (Reason: …)} of a Firefox console line, quotes normalized. */
    static Optional<String> reason(String line) {
        Matcher m = REASON.matcher(line.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"'));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
