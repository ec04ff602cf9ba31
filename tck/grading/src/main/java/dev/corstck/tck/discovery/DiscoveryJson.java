package dev.corstck.tck.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.corstck.tck.probe.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Write a discovery report as JSON for programs: the inferred policy (the options most paths share, and per
 * endpoint its {@code cors} overrides and effective options), observations with rule IDs, and one line of evidence
 * per probe, per path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiscoveryJson {

    /** The version of this JSON's shape; bumped on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiscoveryJson() {
    }

    /** Render {@code report} as a JSON document. */
    public static String render(DiscoveryReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("target", report.target());
        doc.put("started", report.started().toString());
        doc.put("tookMillis", report.took().toMillis());
        doc.put("probes", report.probes());
        doc.put("probeBudget", report.budget());
        doc.put("paths", report.paths());
        doc.put("policy", policy(report.policy()));
        doc.put("observations", report.observations().stream().map(o -> Map.of("rules", o.rules(), "text", o.text()))
                .toList());
        doc.put("origins", origins(report.origins()));
        Map<String, Object> byPath = new LinkedHashMap<>();
        report.originsByPath().forEach((path, answers) -> byPath.put(path, origins(answers)));
        doc.put("originsByPath", byPath);
        doc.put("lookAlikes", origins(report.lookAlikes()));
        Map<String, Object> looksByPath = new LinkedHashMap<>();
        report.lookAlikesByPath().forEach((path, answers) -> looksByPath.put(path, answers.stream()
                .map(a -> a.candidate().origin()).toList()));
        doc.put("lookAlikesByPath", looksByPath);
        doc.put("preflights", report.preflights().stream().map(DiscoveryJson::preflight).toList());
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the discovery report as JSON", e);
        }
    }

    private static Map<String, Object> policy(InferredPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("originMode", p.originMode().name());
        m.put("origins", p.origins());
        m.put("nullOrigin", p.nullOrigin());
        m.put("methods", p.methods());
        m.put("headerMode", p.headerMode().name());
        m.put("allowedHeaders", p.allowedHeaders());
        m.put("exposedHeaders", p.exposedHeaders());
        m.put("credentials", p.credentials());
        m.put("maxAge", p.maxAge());
        m.put("optionsSuccessStatus", p.optionsSuccessStatus());
        m.put("originsOnAnyPath", p.originsOnAnyPath());
        m.put("options", values(p.options()));
        m.put("endpoints", p.endpoints().stream().map(DiscoveryJson::endpoint).toList());
        m.put("evidence", new java.util.TreeMap<>(p.evidence()));
        return m;
    }

    private static Map<String, Object> endpoint(DiscoveredEndpoint e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", e.path());
        m.put("methods", e.methods());
        m.put("credentials", e.credentials().token());
        m.put("status", e.status());
        m.put("cors", values(e.cors()));
        m.put("effective", values(e.effective()));
        m.put("evidence", new java.util.TreeMap<>(e.evidence()));
        return m;
    }

    /** Turn option values (YAML flow values written to be JSON too) into JSON values. */
    private static Map<String, Object> values(Map<String, String> options) {
        Map<String, Object> m = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            try {
                m.put(name, JSON.readTree(value));
            } catch (JsonProcessingException e) {
                m.put(name, value); // never expected: PolicyOptions writes JSON; keep the text rather than fail
            }
        });
        return m;
    }

    private static List<Map<String, Object>> origins(List<OriginAnswer> answers) {
        return answers.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("origin", a.candidate().origin());
            m.put("kind", a.candidate().kind().name());
            m.put("imitates", a.candidate().imitates());
            m.put("access", a.access().name());
            m.put("allowOrigin", a.allowOrigin());
            m.put("allowCredentials", a.credentials());
            m.put("exchange", summary(a.exchange()));
            return m;
        }).toList();
    }

    private static Map<String, Object> preflight(PreflightAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", a.path());
        m.put("method", a.method());
        m.put("header", a.header());
        m.put("verdict", a.allowed().name());
        m.put("exchange", summary(a.exchange()));
        return m;
    }

    private static Map<String, Object> summary(Exchange e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", e.summary());
        e.response().ifPresent(r -> m.put("responseHeaders", r.headers().fields().stream()
                .map(f -> f.name() + ": " + f.value()).toList()));
        e.failure().ifPresent(f -> m.put("failure", f.describe()));
        m.put("millis", e.timing().total().toMillis());
        return m;
    }
}
