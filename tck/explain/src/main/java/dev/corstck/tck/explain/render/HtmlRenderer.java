package dev.corstck.tck.explain.render;

import static dev.corstck.tck.explain.render.HtmlPage.esc;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.explain.EngineVerdict;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.explain.Explained;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.Engine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Render an explanation as one self-contained HTML page: per request a card with the four engine profiles side by
 * side (outcome, deciding step, console line, rules), the fix, the preflight and what the input lacks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    /** Write the page for {@code report} to {@code out} as UTF-8; the stream is left open. */
    public static void write(ExplainReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The page for {@code report}. */
    public static String render(ExplainReport report) {
        StringBuilder main = new StringBuilder();
        main.append("<section class=\"headline card\"><div><p class=\"eyebrow\">explain</p><h1>")
                .append(report.blocked() > 0 ? "blocked" : report.allowed() > 0 ? "allowed" : "undecided")
                .append("</h1><p class=\"sentence\">").append(esc(report.requests().size() + " cross-origin requests: "
                        + report.blocked() + " blocked, " + report.allowed() + " allowed, " + report.undecided()
                        + " undecided. " + report.source())).append("</p></div></section>");
        int n = 1;
        for (Explained e : report.requests()) {
            request(main, e, n++);
        }
        if (report.requests().isEmpty()) {
            main.append("<p class=\"card\">Nothing to explain: no cross-origin request in the input.</p>");
        }
        return HtmlPage.page("explain", report.source(), main.toString(), JsonRenderer.render(report));
    }

    private static void request(StringBuilder out, Explained e, int n) {
        String recorded = e.input().recorded().describe();
        out.append("<section class=\"card req\" id=\"request-").append(n).append("\"><h2>").append(n).append(". ")
                .append(esc(e.input().request().method() + " " + e.input().request().url())).append("</h2>")
                .append("<p class=\"sub\">from ").append(esc(e.input().request().origin().serialize())).append(" · ")
                .append(esc(e.input().label())).append(recorded.isEmpty() ? "" : " · " + esc(recorded))
                .append("</p>");
        e.lead().fix().ifPresent(f -> out.append("<div class=\"fixbox\"><b>Cause:</b> ").append(esc(f.cause()))
                .append("<br><b>Fix:</b> ").append(esc(f.remedy())).append("</div>"));
        out.append("<div class=\"grid\">");
        for (EngineVerdict v : e.engines().values()) {
            engine(out, v);
        }
        out.append("</div>");
        preflight(out, e);
        e.decideWith().ifPresent(line -> out.append("<p class=\"k\">decide it with</p><pre class=\"cmd\">")
                .append(esc(line)).append("</pre>"));
        list(out, "diagnosis (extra preflights sent)", e.diagnosis());
        list(out, "notes", e.input().notes());
        out.append("</section>");
    }

    private static void engine(StringBuilder out, EngineVerdict v) {
        out.append("<div class=\"col\" data-engine=\"").append(v.engine().id()).append("\"><h3>")
                .append(esc(v.engine().id())).append(HtmlPage.pill(Groups.word(v))).append("<code>")
                .append(esc(v.outcome().name())).append("</code></h3>");
        v.decidingStep().ifPresent(s -> out.append("<p class=\"k\">deciding step</p><p>").append(esc(s.check()))
                .append(" <code>").append(esc(s.anchor())).append("</code>: ").append(esc(s.detail())).append("</p>"));
        if (!v.console().isEmpty()) {
            out.append("<p class=\"k\">console</p><p class=\"mono\">").append(esc(v.console().get(0))).append("</p>");
        } else if (v.engine() == Engine.SPEC && v.block().isPresent()) {
            out.append("<p class=\"k\">console</p><p class=\"muted\">the spec has no console; see the engines</p>");
        }
        if (!v.rules().isEmpty()) {
            out.append("<p class=\"k\">rules</p><p class=\"mono\">").append(esc(String.join(", ", v.rules())))
                    .append("</p>");
        }
        for (Block b : v.alsoWrong()) {
            out.append("<p class=\"k\">then, once fixed</p><p>").append(esc(TextRenderer.what(b))).append("</p>");
        }
        for (String m : v.missing()) {
            out.append("<p class=\"k\">missing</p><p>").append(esc(m)).append("</p>");
        }
        for (String m : v.notes()) {
            out.append("<p class=\"muted\">").append(esc(m)).append("</p>");
        }
        out.append("</div>");
    }

    private static void preflight(StringBuilder out, Explained e) {
        out.append("<p class=\"k\">preflight</p><p class=\"mono\">");
        if (e.preflightRequest().isEmpty()) {
            out.append("none needed");
        } else {
            StringBuilder line = new StringBuilder(e.preflight().name().toLowerCase().replace('_', ' ') + ": OPTIONS "
                    + e.preflightRequest().get().target());
            for (HeaderField f : e.preflightRequest().get().headers().fields()) {
                if (f.name().startsWith("Access-Control-Request")) {
                    line.append(" · ").append(f.name()).append(": ").append(f.value());
                }
            }
            out.append(esc(line.toString()));
        }
        out.append("</p>");
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<p class=\"k\">").append(esc(title)).append("</p><ul class=\"notes\">");
        items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
        out.append("</ul>");
    }
}
