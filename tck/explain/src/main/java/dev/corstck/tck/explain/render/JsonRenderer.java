package dev.corstck.tck.explain.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.tck.explain.BrowserRecord;
import dev.corstck.tck.explain.EngineVerdict;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.explain.Explained;
import dev.corstck.tck.explain.Fix;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.Step;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Render an explanation as JSON, in its fixed shape (tck/EXPLAIN.md): {@code requests[]}, each with {@code url},
 * {@code method}, {@code preflight}, {@code engines.{spec,chromium,firefox,webkit}.outcome}, the deciding step,
 * {@code rules[]} and {@code fix}; documented in {@code tck/EXPLAIN.md}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonRenderer {

    /** The version of this JSON shape. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonRenderer() {
    }

    /** The report as a JSON document. */
    public static String render(ExplainReport report) {
        return tree(report).toPrettyString();
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(ExplainReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("source", report.source());
        ObjectNode summary = root.putObject("summary");
        summary.put("requests", report.requests().size());
        summary.put("blocked", report.blocked());
        summary.put("allowed", report.allowed());
        summary.put("undecided", report.undecided());
        summary.put("blockedUndecided", report.blockedUndecided());
        summary.put("skippedEntries", report.skipped());
        summary.put("exitCode", report.exitCode());
        ArrayNode requests = root.putArray("requests");
        report.requests().forEach(e -> requests.add(request(e)));
        return root;
    }

    private static ObjectNode request(Explained e) {
        ObjectNode r = JSON.createObjectNode();
        r.put("label", e.input().label());
        r.put("url", e.input().request().url());
        r.put("method", e.input().request().method());
        r.put("origin", e.input().request().origin().serialize());
        r.put("preflight", e.input().preflightEntry());
        ArrayNode creds = r.putArray("credentials");
        e.input().credentials().forEach(c -> creds.add(c.token()));
        BrowserRecord rec = e.input().recorded();
        if (rec.result() == BrowserRecord.Result.NOT_RECORDED) {
            r.putNull("recorded");
        } else {
            ObjectNode o = r.putObject("recorded");
            o.put("engine", rec.engine().map(Engine::id).orElse(null));
            o.put("result", rec.result().name().toLowerCase(Locale.ROOT));
            o.put("error", rec.errorText());
        }
        ObjectNode pre = r.putObject("preflightRequest");
        pre.put("source", e.preflight().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        e.preflightRequest().ifPresentOrElse(p -> {
            pre.put("method", p.method());
            pre.put("target", p.target());
            ArrayNode hs = pre.putArray("headers");
            for (HeaderField f : p.headers().fields()) {
                hs.addObject().put("name", f.name()).put("value", f.value());
            }
        }, () -> pre.putNull("method"));
        EngineVerdict lead = e.lead();
        r.put("outcome", lead.outcome().name());
        step(r, "decidingStep", lead.decidingStep());
        strings(r.putArray("rules"), e.rules());
        fix(r, lead.fix());
        ObjectNode engines = r.putObject("engines");
        e.engines().forEach((engine, v) -> engines.set(engine.id(), verdict(v)));
        r.put("decideWith", e.decideWith().orElse(null));
        strings(r.putArray("diagnosis"), e.diagnosis());
        strings(r.putArray("notes"), e.input().notes());
        strings(r.putArray("evidence"), e.evidence());
        return r;
    }

    private static ObjectNode verdict(EngineVerdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("outcome", v.outcome().name());
        step(o, "decidingStep", v.decidingStep());
        v.block().ifPresentOrElse(b -> o.set("block", block(b)), () -> o.putNull("block"));
        strings(o.putArray("console"), v.console());
        strings(o.putArray("rules"), v.rules());
        fix(o, v.fix());
        ArrayNode next = o.putArray("alsoWrong");
        v.alsoWrong().forEach(b -> next.add(block(b)));
        strings(o.putArray("missing"), v.missing());
        strings(o.putArray("notes"), v.notes());
        ArrayNode steps = o.putArray("steps");
        v.steps().forEach(s -> steps.add(stepNode(s)));
        return o;
    }

    private static ObjectNode block(Block b) {
        ObjectNode o = JSON.createObjectNode();
        o.put("reason", b.reason().name());
        o.put("detail", b.detail());
        o.put("anchor", b.reason().anchor());
        o.put("chromiumCorsError", b.chromiumCorsError().orElse(null));
        return o;
    }

    private static void step(ObjectNode parent, String field, Optional<Step> step) {
        step.ifPresentOrElse(s -> parent.set(field, stepNode(s)), () -> parent.putNull(field));
    }

    private static ObjectNode stepNode(Step s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("anchor", s.anchor());
        o.put("check", s.check());
        o.put("result", s.result().name());
        o.put("detail", s.detail());
        return o;
    }

    private static void fix(ObjectNode parent, Optional<Fix> fix) {
        fix.ifPresentOrElse(f -> parent.putObject("fix").put("cause", f.cause()).put("remedy", f.remedy()),
                () -> parent.putNull("fix"));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
