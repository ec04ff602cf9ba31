package dev.corstck.tck.explain.render;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.tck.explain.EngineVerdict;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.explain.Explained;
import dev.corstck.tck.explain.PreflightSource;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Step;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Render an explanation for a terminal: per request the verdict and the deciding step first, then the fix, the
 * rules, each engine's console line, what else is wrong, the preflight and what the input lacks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TextRenderer {

    private static final String I = "    ";

    private TextRenderer() {
    }

    /** Print {@code report} to {@code out}; with {@code steps}, every simulator step too. */
    public static void print(ExplainReport report, PrintStream out, boolean steps) {
        out.println("cors-tck explain: " + report.source());
        out.println(report.requests().size() + " cross-origin request" + (report.requests().size() == 1 ? "" : "s")
                + ": " + report.blocked() + " blocked" + (report.blockedUndecided() > 0 ? " (" + report.blockedUndecided()
                + " by the recording browser, cause undecided)" : "") + ", " + report.allowed() + " allowed, "
                + report.undecided() + " undecided" + (report.skipped() > 0 ? " (" + report.skipped() + " other entries are not CORS: "
                + "same-origin, navigations, no-cors loads)" : ""));
        int n = 1;
        for (Explained e : report.requests()) {
            out.println();
            request(e, n++, out, steps);
        }
        if (report.requests().isEmpty()) {
            out.println("nothing to explain: no cross-origin request in the input");
        }
    }

    private static void request(Explained e, int n, PrintStream out, boolean steps) {
        String recorded = e.input().recorded().describe();
        out.println("[" + n + "] " + e.input().request().method() + " " + e.input().request().url() + " from "
                + e.input().request().origin().serialize() + "   (" + e.input().label()
                + (recorded.isEmpty() ? "" : "; " + recorded) + ")");
        for (Groups.Group g : Groups.of(e)) {
            group(g, out, steps);
        }
        preflight(e, out);
        e.decideWith().ifPresent(line -> out.println(I + "decide it with: " + line));
        if (!e.evidence().isEmpty()) {
            out.println(I + "evidence: " + String.join("; ", e.evidence()));
        }
        if (!e.diagnosis().isEmpty()) {
            out.println(I + "diagnosis (extra preflights sent to the server):");
            e.diagnosis().forEach(d -> out.println(I + "  " + d));
        }
        e.input().notes().forEach(note -> out.println(I + "note: " + note));
    }

    private static void group(Groups.Group g, PrintStream out, boolean showSteps) {
        EngineVerdict v = g.verdict();
        out.println(I + Groups.word(v) + " (" + v.outcome() + ") in " + g.names()
                + v.decidingStep().map(s -> ": " + step(s)).orElse(""));
        v.fix().ifPresent(f -> {
            out.println(I + "  cause:  " + f.cause());
            out.println(I + "  fix:    " + f.remedy());
        });
        if (!v.rules().isEmpty()) {
            out.println(I + "  rules:  " + String.join(", ", v.rules()));
        }
        for (Engine engine : g.engines()) {
            if (engine == Engine.SPEC) {
                continue;
            }
            List<String> console = v.block().map(b -> b.console().of(engine)).orElse(List.of());
            if (!console.isEmpty()) {
                out.println(I + "  " + String.format(Locale.ROOT, "%-10s", engine.id() + ":") + console.get(0));
            }
        }
        for (Block b : v.alsoWrong()) {
            out.println(I + "  then:   once that is fixed, " + what(b));
        }
        v.missing().forEach(m -> out.println(I + "  missing: " + m));
        v.notes().forEach(m -> out.println(I + "  note:   " + m));
        if (showSteps) {
            for (int i = 0; i < v.steps().size(); i++) {
                out.println(I + "    " + (i + 1) + ". " + v.steps().get(i));
            }
        }
    }

    private static void preflight(Explained e, PrintStream out) {
        if (e.preflight() == PreflightSource.NOT_NEEDED || e.preflightRequest().isEmpty()) {
            out.println(I + "preflight: none (" + (e.input().preflightEntry() ? "only the preflight is in the input"
                    : "no CORS-preflight request needed") + ")");
            return;
        }
        RawRequest p = e.preflightRequest().get();
        String where = switch (e.preflight()) {
            case RECORDED -> "recorded";
            case RECONSTRUCTED -> "reconstructed from the actual request (not in the input)";
            case SENT -> "sent to the server";
            default -> "";
        };
        StringBuilder line = new StringBuilder(I + "preflight: " + where + ": OPTIONS " + p.target());
        for (HeaderField f : p.headers().fields()) {
            if (f.name().startsWith("Access-Control-Request")) {
                line.append(", ").append(f.name()).append(": ").append(f.value());
            }
        }
        out.println(line);
    }

    /** A block in words, as Chromium's console puts it where it has wording. */
    static String what(Block b) {
        List<String> lines = b.console().of(Engine.CHROMIUM);
        String line = lines.isEmpty() ? "" : lines.get(0);
        int at = line.indexOf("CORS policy: ");
        String words = at < 0 ? b.reason() + (b.detail().isEmpty() ? "" : " (" + b.detail() + ")")
                : line.substring(at + "CORS policy: ".length());
        return words + " [" + b.reason().anchor() + "]";
    }

    static String step(Step s) {
        return s.check() + " (" + s.anchor() + "): " + s.detail();
    }
}
