package dev.corstck.tck.demo;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessException;
import dev.corstck.harness.Observation;
import dev.corstck.harness.PageOrigin;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reference.server.JournalEntry;
import dev.corstck.reference.server.RequestJournal;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.probe.Exchange;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.WireProber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Browser enforcement vs curl: send the same request with a plain HTTP client, with the real {@code curl} when it is
 * installed, and from a page in each browser; record what the server received, what curl printed, what JavaScript
 * saw and the browser's console message. The server answers curl; only the browser withholds the answer.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EnforcementDemo {

    static final String COOKIE = "session=demo-token";

    private final BrowserHarness harness;
    private final List<BrowserEngine> engines;

    /** Show requests in {@code engines}, run in {@code harness} (owned and closed by the caller). */
    public EnforcementDemo(BrowserHarness harness, List<BrowserEngine> engines) {
        this.harness = harness;
        this.engines = List.copyOf(engines);
    }

    /** Show each seed mistake on the reference target made wrong by that mistake's profile. */
    public List<DemoResult> seedMistakes() {
        return seedMistakes((c, base) -> { });
    }

    /** As {@link #seedMistakes()}, calling {@code whileRunning} with each case and its target's base URL. */
    public List<DemoResult> seedMistakes(java.util.function.BiConsumer<DemoCase, String> whileRunning) {
        List<DemoResult> out = new ArrayList<>();
        for (DemoCase c : DemoCase.seedMistakes()) {
            try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(c.profile())
                    .start()) {
                out.add(show(c, target.baseUrl(), Optional.of(target.journal())));
                whileRunning.accept(c, target.baseUrl());
            }
        }
        return out;
    }

    /** Show {@code cases} against a target the kit does not run (its journal is not visible). */
    public List<DemoResult> against(String baseUrl, List<DemoCase> cases) {
        return cases.stream().map(c -> show(c, baseUrl, Optional.empty())).toList();
    }

    private DemoResult show(DemoCase c, String base, Optional<RequestJournal> journal) {
        String url = base + c.path();
        Shown plain = plainClient(c, base);
        List<String> curl = CurlRun.run(c, url, COOKIE);
        Map<String, List<String>> seen = new LinkedHashMap<>();
        List<String> received = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        plain.problem().ifPresent(p -> problems.add("plain HTTP client: " + p));
        for (BrowserEngine engine : engines) {
            long before = journal.map(RequestJournal::lastSequence).orElse(0L);
            Shown shown = browser(engine, c, url);
            seen.put(engine.id(), shown.lines());
            shown.problem().ifPresent(p -> problems.add(engine.id() + ": " + p));
            journal.ifPresent(j -> received.addAll(received(engine, c, j.since(before))));
        }
        return new DemoResult(c, url, plain.lines(), curl, seen, received, problems);
    }

    /** What one client showed, and why it could not show its answer, if so. */
    private record Shown(List<String> lines, Optional<String> problem) {

        static Shown problem(String why) {
            return new Shown(List.of(why), Optional.of(why));
        }
    }

    private static Shown plainClient(DemoCase c, String base) {
        HeaderList headers = new HeaderList(c.headers());
        if (c.credentials()) {
            headers = headers.with("Cookie", COOKIE);
        }
        try (WireProber prober = new WireProber(ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(10)))) {
            Exchange e = prober.exchange(ProbeTarget.parse(base),
                    BrowserRequests.actual(c.method(), c.path(), c.pageOrigin(), headers, c.body()));
            return e.response().map(r -> new Shown(corsLines(r), Optional.empty())).orElseGet(() -> Shown.problem(
                    "no response: " + e.failure().map(f -> f.describe()).orElse("?")));
        }
    }

    /** The status line and the CORS headers of a response. */
    static List<String> corsLines(RawResponse r) {
        List<String> lines = new ArrayList<>();
        lines.add("status " + r.status() + ", body " + r.body().strip().replaceAll("\\s+", " ")
                .substring(0, Math.min(60, r.body().strip().replaceAll("\\s+", " ").length())));
        r.headers().fields().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).startsWith("access-control-"))
                .map(HeaderField::toString).forEach(lines::add);
        return lines;
    }

    private Shown browser(BrowserEngine engine, DemoCase c, String url) {
        FetchCall call = FetchCall.to(c.method(), url).withId(c.name())
                .withCredentials(c.credentials() ? CredentialsMode.INCLUDE : CredentialsMode.OMIT);
        for (HeaderField h : c.headers()) {
            call = call.withHeader(h.name(), h.value());
        }
        if (!c.body().isEmpty()) {
            call = call.withBody(dev.corstck.harness.Body.text(c.body()));
        }
        Observation o;
        try {
            PageOrigin page = harness.bind(PageOrigin.parse(c.pageOrigin()));
            o = harness.run(dev.corstck.tck.grading.BrowserDrivers.in(harness, engine), page, call);
        } catch (HarnessException | IllegalArgumentException e) {
            return Shown.problem("not run: " + e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        lines.add(o.outcome() + (o.outcome().name().equals("CORS_OK") ? " status " + o.status() : "")
                + o.jsError().map(e -> "  " + e).orElse("") + (o.detail().isEmpty() ? "" : "  (" + o.detail() + ")"));
        o.console().stream().limit(2).forEach(m -> lines.add("console: " + m));
        o.corsReason().ifPresent(r -> lines.add("reason: " + r.error()
                + (r.failedParameter().isEmpty() ? "" : " (" + r.failedParameter() + ")")));
        return new Shown(lines, o.outcome().isCorsResult() ? Optional.empty() : Optional.of(lines.get(0)));
    }

    private static List<String> received(BrowserEngine engine, DemoCase c, List<JournalEntry> entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add(engine.id() + ": " + e.method() + " " + e.path()
                + (e.isPreflight() ? " (preflight)" : "")));
        boolean actualSent = entries.stream().anyMatch(e -> e.method().equals(c.method()));
        if (!actualSent) {
            lines.add(engine.id() + ": the " + c.method() + " itself was never sent");
        }
        return lines;
    }

}
