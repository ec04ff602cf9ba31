package dev.corstck.tck.discovery;

import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Write a discovery report as a policy file to review and keep: the inferred options in Express {@code cors} names,
 * each preceded by comments saying what was observed, the observations with their rule IDs at the top, and the
 * probed paths as {@code endpoints}. The top-level options are what most paths share; a path that showed other values
 * gets exactly those under its {@code cors}. The file loads with {@code GradingPolicyFile}; insecure behaviour the
 * target showed is written with the {@code dangerously...} option it needs, and a comment saying so.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiscoveryYaml {

    /** What each opt-in the target needs is written with. */
    private static final Map<String, String> DANGER = Map.of(
            "dangerouslyAllowNullOrigin", "   # the target allows Origin: null; should it?",
            "dangerouslyReflectAnyOriginWithCredentials", "   # the target does this: every site can read users' data",
            "dangerouslyAllowInsecureOriginsWithCredentials", "   # an allowed http: origin gets credentials");

    private DiscoveryYaml() {
    }

    /** Render {@code report} as a policy file. */
    public static String render(DiscoveryReport report) {
        InferredPolicy p = report.policy();
        StringBuilder out = new StringBuilder();
        header(report, out);
        Map<String, String> options = p.options();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            comments(out, "", p.evidenceFor(name));
            switch (name) {
                case "origin" -> out.append(p.originMode() == OriginMode.LISTED ? p.origins().stream()
                        .map(o -> "  - " + quote(o)).collect(Collectors.joining("\n", "origin:\n", ""))
                        : "origin: " + value).append('\n');
                case "allowedHeaders" -> out.append(value.equals("null") ? "# allowedHeaders is left out: the target "
                        + "allows whatever a preflight asks for" : "allowedHeaders: " + value).append('\n');
                case "maxAge" -> out.append(value.equals("null") ? "# maxAge is left out: " + (p.maxAge().isEmpty()
                        ? "the target sends none" : "'" + oneLine(p.maxAge()) + "' is not a usable number of seconds")
                        : "maxAge: " + value).append('\n');
                default -> {
                    if (!value.equals("false") || name.equals("credentials")) {
                        out.append(name).append(": ").append(value).append(DANGER.getOrDefault(name, ""))
                                .append('\n');
                    }
                }
            }
        }
        endpoints(report, out);
        return out.toString();
    }

    private static void header(DiscoveryReport r, StringBuilder out) {
        out.append("# CORS policy discovered by `cors-tck discover` from ").append(r.probes())
                .append(" wire probes (at most ").append(r.budget()).append(") of ").append(r.target())
                .append(" (paths: ")
                .append(String.join(", ", r.paths())).append(")\n# at ").append(r.started()).append(" in ")
                .append(String.format(Locale.ROOT, "%.1f s", r.took().toMillis() / 1000.0)).append(".\n")
                .append("# Review it before you keep it: discovery sees what the target does, not what its owner meant.\n")
                .append("# Then grade the target against it: cors-tck grade --policy <this file> --target ")
                .append(r.target()).append("\n#\n");
        if (r.observations().isEmpty()) {
            out.append("# Observations: none.\n\n");
            return;
        }
        out.append("# Observations (look rules up with: cors-tck rules --rules <id>):\n");
        for (Observation o : r.observations()) {
            out.append("#   [").append(String.join(", ", o.rules())).append("] ").append(oneLine(o.text()))
                    .append('\n');
        }
        out.append('\n');
    }

    private static void endpoints(DiscoveryReport report, StringBuilder out) {
        List<DiscoveredEndpoint> endpoints = report.policy().endpoints();
        out.append("\n# The paths probed; add the others your clients call.");
        if (endpoints.size() > 1) {
            long own = endpoints.stream().filter(e -> !e.cors().isEmpty()).count();
            out.append("\n# The options above are what most of them share");
            out.append(own == 0 ? "; every path showed them." : "; under 'cors', what " + own + " of them showed "
                    + "instead (the path's own CORS configuration).");
        }
        out.append("\nendpoints:\n");
        for (DiscoveredEndpoint e : endpoints) {
            out.append("  - path: ").append(quote(e.path())).append('\n')
                    .append("    methods: ").append(list(e.methods())).append('\n')
                    .append("    credentials: ").append(e.credentials().token()).append('\n')
                    .append("    status: ").append(e.status()).append('\n');
            if (!e.cors().isEmpty()) {
                out.append("    cors:\n");
                e.cors().forEach((name, value) -> {
                    comments(out, "      ", e.evidenceFor(name));
                    out.append("      ").append(name).append(": ").append(value).append('\n');
                });
            }
        }
    }

    private static void comments(StringBuilder out, String indent, List<String> lines) {
        lines.forEach(l -> out.append(indent).append("# ").append(oneLine(l)).append('\n'));
    }

    private static String list(List<String> items) {
        return PolicyOptions.list(items);
    }

    /** Quote as a YAML double-quoted scalar; control characters escaped. */
    static String quote(String text) {
        return PolicyOptions.quote(text);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    }
}
