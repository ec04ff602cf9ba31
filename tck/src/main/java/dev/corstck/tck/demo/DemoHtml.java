package dev.corstck.tck.demo;

import static dev.corstck.tck.explain.render.HtmlPage.esc;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reports.curl.ShellQuote;
import dev.corstck.tck.explain.EngineVerdict;
import dev.corstck.tck.explain.ExplainInput;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.explain.Explained;
import dev.corstck.tck.explain.Explanations;
import dev.corstck.tck.explain.render.HtmlPage;
import dev.corstck.tck.explain.render.JsonRenderer;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.simulator.Body;
import dev.corstck.tck.simulator.BodyKind;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The demo as a self-contained page: per request, side by side, the curl command and what curl got, what each real
 * browser let the page read with its console line, and the simulator's reason (per engine profile, with the fix and,
 * where the console names the method while a header is the cause, why both appear).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DemoHtml {

    private DemoHtml() {
    }

    /** Explain {@code c} against the live {@code url} with the simulator (browser-shaped requests, one each). */
    public static ExplainReport explain(DemoCase c, String url) {
        HeaderList headers = new HeaderList(c.headers());
        FetchRequest request = new FetchRequest(FetchUrl.parseOrigin(c.pageOrigin()), c.method(), url, headers,
                c.body().isEmpty() ? Body.none() : new Body(BodyKind.BLOB, "", c.body()), RequestMode.CORS,
                c.credentials() ? CredentialsMode.INCLUDE : CredentialsMode.SAME_ORIGIN, RedirectMode.FOLLOW);
        return Explanations.live(c.name(), ExplainInput.live("demo", request),
                ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(10)),
                c.credentials() ? Optional.of(EnforcementDemo.COOKIE) : Optional.empty());
    }

    /** The page for {@code results}; {@code explained} holds the simulator's report per case name. */
    public static String render(List<DemoResult> results, Map<String, ExplainReport> explained) {
        StringBuilder main = new StringBuilder("<section class=\"headline card\"><div><p class=\"eyebrow\">demo</p>"
                + "<h1>curl is not a browser</h1><p class=\"sentence\">The server answers curl every time; the "
                + "browser reads the same answer and decides whether the page may see it.</p></div></section>");
        for (DemoResult r : results) {
            card(main, r, Optional.ofNullable(explained.get(r.demoCase().name())));
        }
        String json = "{\"cases\":[" + results.stream().map(r -> Optional.ofNullable(explained.get(r.demoCase()
                .name())).map(JsonRenderer::render).orElse("null")).collect(Collectors.joining(",")) + "]}";
        return HtmlPage.page("demo", "browser enforcement vs curl", main.toString(), json);
    }

    private static void card(StringBuilder out, DemoResult r, Optional<ExplainReport> report) {
        DemoCase c = r.demoCase();
        out.append("<section class=\"card req\" id=\"case-").append(esc(c.name())).append("\"><h2>")
                .append(esc(c.name())).append("</h2><p class=\"sub\">").append(esc(c.description())).append("<br>")
                .append(esc(c.method() + " " + r.url() + " from a page on " + c.pageOrigin()
                        + (c.headers().isEmpty() ? "" : " with " + c.headers().stream().map(HeaderField::name)
                        .collect(Collectors.joining(", "))) + (c.credentials() ? ", credentials: include" : "")))
                .append("</p><div class=\"grid\">");
        out.append("<div class=\"col\" data-client=\"curl\"><h3>curl").append(HtmlPage.pill("ALLOWED"))
                .append("</h3><pre class=\"cmd\">").append(esc("$ " + CurlRun.command(c, r.url(), EnforcementDemo.COOKIE)
                        .stream().map(ShellQuote::quote).collect(Collectors.joining(" ")))).append("</pre>");
        r.curl().forEach(line -> out.append("<p class=\"mono\">").append(esc(line.replace("$ curl -i: ", "")))
                .append("</p>"));
        out.append("</div>");
        r.browsers().forEach((engine, lines) -> browser(out, engine, lines));
        simulator(out, report);
        out.append("</div>");
        if (!r.serverReceived().isEmpty()) {
            out.append("<p class=\"k\">server received</p><ul class=\"notes\">");
            r.serverReceived().forEach(s -> out.append("<li>").append(esc(s)).append("</li>"));
            out.append("</ul>");
        }
        out.append("</section>");
    }

    private static void browser(StringBuilder out, String engine, List<String> lines) {
        String first = lines.isEmpty() ? "" : lines.get(0);
        String word = first.startsWith("CORS_OK") ? "ALLOWED" : first.startsWith("NETWORK_ERROR") ? "BLOCKED"
                : first.startsWith("OPAQUE") ? "OPAQUE" : "UNKNOWN";
        out.append("<div class=\"col\" data-client=\"").append(esc(engine)).append("\"><h3>").append(esc(engine))
                .append(HtmlPage.pill(word)).append("</h3><p class=\"k\">what the page could read</p><p class=\"mono\">")
                .append(esc(first)).append("</p>");
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            boolean console = line.startsWith("console: ");
            out.append("<p class=\"k\">").append(console ? "console" : "reason").append("</p><p class=\"mono\">")
                    .append(esc(console ? line.substring("console: ".length()) : line.replace("reason: ", "")))
                    .append("</p>");
        }
        out.append("</div>");
    }

    private static void simulator(StringBuilder out, Optional<ExplainReport> report) {
        out.append("<div class=\"col\" data-client=\"simulator\"><h3>simulator</h3>");
        if (report.isEmpty() || report.get().requests().isEmpty()) {
            out.append("<p class=\"muted\">not run</p></div>");
            return;
        }
        Explained e = report.get().requests().get(0);
        for (EngineVerdict v : e.engines().values()) {
            out.append("<p><b>").append(esc(v.engine().id())).append("</b> ").append(esc(v.outcome().name()));
            v.block().ifPresent(b -> out.append(": <span class=\"mono\">").append(esc(reason(v))).append("</span>"));
            out.append("</p>");
        }
        e.lead().fix().ifPresent(f -> out.append("<div class=\"fixbox\"><b>Cause:</b> ").append(esc(f.cause()))
                .append("<br><b>Fix:</b> ").append(esc(f.remedy())).append("</div>"));
        if (!e.diagnosis().isEmpty()) {
            out.append("<p class=\"k\">why the console names the method</p><ul class=\"notes\">");
            e.diagnosis().forEach(d -> out.append("<li>").append(esc(d)).append("</li>"));
            out.append("</ul>");
        }
        out.append("</div>");
    }

    private static String reason(EngineVerdict v) {
        List<String> console = v.block().map(b -> b.console().of(v.engine() == Engine.SPEC ? Engine.CHROMIUM
                : v.engine())).orElse(List.of());
        String line = console.isEmpty() ? v.block().map(b -> b.reason().name()).orElse("") : console.get(0);
        int at = line.indexOf("CORS policy: ");
        return at < 0 ? line : line.substring(at + "CORS policy: ".length());
    }
}
