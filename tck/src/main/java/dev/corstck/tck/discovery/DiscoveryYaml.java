package dev.corstck.tck.discovery;

import dev.corstck.reference.origin.Origin;
import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Write a discovery report as a policy file to review and keep: the inferred options in Express {@code cors} names,
 * each preceded by comments saying what was observed, the observations with their rule IDs at the top, and the
 * probed paths as {@code endpoints}. The file loads with {@code GradingPolicyFile}; insecure behaviour the target
 * showed is written with the {@code dangerously...} option it needs, and a comment saying so.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiscoveryYaml {

    private DiscoveryYaml() {
    }

    /** Render {@code report} as a policy file. */
    public static String render(DiscoveryReport report) {
        InferredPolicy p = report.policy();
        StringBuilder out = new StringBuilder();
        header(report, out);
        comments(out, p.evidenceFor("origin"));
        out.append(origin(p)).append('\n');
        if (p.nullOrigin()) {
            out.append("dangerouslyAllowNullOrigin: true   # the target allows Origin: null; should it?\n");
        }
        comments(out, p.evidenceFor("methods"));
        out.append("methods: ").append(list(p.methods())).append('\n');
        comments(out, p.evidenceFor("allowedHeaders"));
        out.append(allowedHeaders(p)).append('\n');
        comments(out, p.evidenceFor("exposedHeaders"));
        List<String> exposed = p.credentials() ? p.exposedHeaders().stream().filter(h -> !h.equals("*")).toList()
                : p.exposedHeaders();
        out.append("exposedHeaders: ").append(list(exposed)).append('\n');
        comments(out, p.evidenceFor("credentials"));
        out.append("credentials: ").append(p.credentials()).append('\n');
        dangerousCredentials(p, out);
        comments(out, p.evidenceFor("maxAge"));
        out.append(maxAge(p.maxAge())).append('\n');
        if (p.optionsSuccessStatus() >= 200 && p.optionsSuccessStatus() <= 299) {
            out.append("optionsSuccessStatus: ").append(p.optionsSuccessStatus()).append('\n');
        }
        endpoints(p.endpoints(), out);
        return out.toString();
    }

    private static void header(DiscoveryReport r, StringBuilder out) {
        out.append("# CORS policy discovered by `cors-tck discover` from ").append(r.probes())
                .append(" wire probes of ").append(r.target()).append(" (paths: ")
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

    private static String origin(InferredPolicy p) {
        return switch (p.originMode()) {
            case WILDCARD -> "origin: \"*\"";
            case REFLECT_ANY -> "origin: true";
            case NONE -> "origin: false";
            case LISTED -> p.origins().stream().map(o -> "  - " + quote(o))
                    .collect(Collectors.joining("\n", "origin:\n", ""));
        };
    }

    private static String allowedHeaders(InferredPolicy p) {
        if (p.headerMode() == HeaderMode.REFLECT) {
            return "# allowedHeaders is left out: the target allows whatever a preflight asks for";
        }
        if (p.headerMode() == HeaderMode.WILDCARD && !p.credentials()) {
            return "allowedHeaders: [\"*\"]";
        }
        return "allowedHeaders: " + list(p.allowedHeaders());
    }

    private static void dangerousCredentials(InferredPolicy p, StringBuilder out) {
        if (!p.credentials()) {
            return;
        }
        if (p.originMode() == OriginMode.REFLECT_ANY) {
            out.append("dangerouslyReflectAnyOriginWithCredentials: true   # the target does this: every site can ")
                    .append("read users' data\n");
        }
        boolean insecure = p.origins().stream().anyMatch(o -> Origin.fromHeader(o)
                .map(origin -> !origin.isPotentiallyTrustworthy()).orElse(false));
        if (insecure) {
            out.append("dangerouslyAllowInsecureOriginsWithCredentials: true   # an allowed http: origin gets ")
                    .append("credentials\n");
        }
    }

    private static String maxAge(String raw) {
        if (raw.matches("\\d{1,5}") && Integer.parseInt(raw) <= 86_400) {
            return "maxAge: " + raw;
        }
        return "# maxAge is left out: " + (raw.isEmpty() ? "the target sends none" : "'" + oneLine(raw)
                + "' is not a usable number of seconds");
    }

    private static void endpoints(List<DiscoveredEndpoint> endpoints, StringBuilder out) {
        out.append("# The paths probed; add the others your clients call.\nendpoints:\n");
        for (DiscoveredEndpoint e : endpoints) {
            out.append("  - path: ").append(quote(e.path())).append('\n')
                    .append("    methods: ").append(list(e.methods())).append('\n')
                    .append("    credentials: ").append(e.credentials().yaml()).append('\n')
                    .append("    status: ").append(e.status()).append('\n');
        }
    }

    private static void comments(StringBuilder out, List<String> lines) {
        lines.forEach(l -> out.append("# ").append(oneLine(l)).append('\n'));
    }

    private static String list(List<String> items) {
        return items.stream().map(DiscoveryYaml::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Quote as a YAML double-quoted scalar; control characters escaped. */
    static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                q.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    }
}
