package dev.corstck.tck.discovery;

import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.tck.discovery.InferredPolicy.HeaderMode;
import dev.corstck.tck.discovery.InferredPolicy.OriginMode;
import dev.corstck.tck.discovery.PathPolicy.Headers;
import dev.corstck.tck.discovery.PathPolicy.Origins;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A complete set of inferred options, and its rendering as policy-file options: name to value, in file order, each
 * value written so that it is both a YAML flow value and JSON ({@code "*"}, {@code true}, {@code null},
 * {@code 600}, {@code ["GET", "PUT"]}). Options the reader derives from others (the {@code dangerously...} opt-ins,
 * {@code *} dropped under credentials) are derived here, so every rendering loads.
 */
record PolicyOptions(Origins origin, boolean nullOrigin, List<String> methods, Headers headers, List<String> exposed,
        boolean credentials, String maxAge, int okStatus) {

    /** The options file order; also the order of overrides under an endpoint's {@code cors}. */
    static final List<String> ORDER = List.of("origin", "dangerouslyAllowNullOrigin", "methods", "allowedHeaders",
            "exposedHeaders", "credentials", "dangerouslyReflectAnyOriginWithCredentials",
            "dangerouslyAllowInsecureOriginsWithCredentials", "maxAge", "optionsSuccessStatus");

    PolicyOptions {
        methods = List.copyOf(methods);
        exposed = List.copyOf(exposed);
        if (origin.mode() == OriginMode.WILDCARD) {
            credentials = false; // '*' never comes with credentials (fetch#cors-check)
        }
    }

    /** Return these options with those {@code path} showed in place of them. */
    PolicyOptions with(PathPolicy path) {
        return new PolicyOptions(path.origin().orElse(origin), path.nullOrigin().orElse(nullOrigin),
                path.methods().orElse(methods), path.headers().orElse(headers), path.exposed().orElse(exposed),
                path.credentials().orElse(credentials), path.maxAge().orElse(maxAge), path.okStatus().orElse(okStatus));
    }

    /** Return the options as policy-file option names and values, in {@link #ORDER}. */
    Map<String, String> render() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("origin", switch (origin.mode()) {
            case WILDCARD -> "\"*\"";
            case REFLECT_ANY -> "true";
            case NONE -> "false";
            case LISTED -> list(origin.origins());
        });
        out.put("dangerouslyAllowNullOrigin", String.valueOf(nullOrigin));
        out.put("methods", list(methods));
        out.put("allowedHeaders", headers.mode() == HeaderMode.REFLECT ? "null"
                : headers.mode() == HeaderMode.WILDCARD && !credentials ? "[\"*\"]" : list(headers.names()));
        out.put("exposedHeaders", list(credentials ? exposed.stream().filter(h -> !h.equals("*")).toList() : exposed));
        out.put("credentials", String.valueOf(credentials));
        out.put("dangerouslyReflectAnyOriginWithCredentials",
                String.valueOf(credentials && origin.mode() == OriginMode.REFLECT_ANY));
        out.put("dangerouslyAllowInsecureOriginsWithCredentials", String.valueOf(credentials
                && origin.mode() == OriginMode.LISTED && origin.origins().stream().anyMatch(o -> TupleOrigin.fromHeader(o)
                        .map(parsed -> !parsed.isPotentiallyTrustworthy()).orElse(false))));
        out.put("maxAge", usableMaxAge(maxAge) ? maxAge : "null");
        if (okStatus >= 200 && okStatus <= 299) {
            out.put("optionsSuccessStatus", String.valueOf(okStatus));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Return the options of {@code path} whose rendering differs from {@code top}'s: exactly what its {@code cors}
     * must say so that the top-level options with these replaced are the path's own.
     */
    static Map<String, String> overrides(Map<String, String> top, Map<String, String> path) {
        Map<String, String> out = new LinkedHashMap<>();
        path.forEach((name, value) -> {
            if (!value.equals(top.get(name))) {
                out.put(name, value);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Answer whether {@code raw} is a max-age the policy file takes: 0 to 86400 seconds. */
    static boolean usableMaxAge(String raw) {
        return raw.matches("\\d{1,5}") && Integer.parseInt(raw) <= 86_400;
    }

    static String list(List<String> items) {
        return items.stream().map(PolicyOptions::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Quote as a double-quoted scalar YAML and JSON read alike: {@code "} and {@code \} escaped, controls as \\u. */
    static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
