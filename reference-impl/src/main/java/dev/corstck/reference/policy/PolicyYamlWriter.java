package dev.corstck.reference.policy;

import dev.corstck.reference.origin.OriginMatcher;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a policy in the policy-file format, one option per line, every option present. */
final class PolicyYamlWriter {

    private PolicyYamlWriter() {
    }

    static String write(CorsPolicy p) {
        StringBuilder out = new StringBuilder();
        out.append("origin: ").append(origin(p.origin())).append('\n');
        out.append("methods: ").append(list(p.methods())).append('\n');
        if (p.allowedHeaders() instanceof AllowedHeaders.Listed listed) {
            out.append("allowedHeaders: ").append(list(listed.names())).append('\n');
        } else {
            out.append("allowedHeaders: null   # reflect the headers each preflight asks for\n");
        }
        out.append("exposedHeaders: ").append(list(p.exposedHeaders())).append('\n');
        out.append("credentials: ").append(p.credentials()).append('\n');
        out.append("maxAge: ").append(p.maxAge().isPresent() ? String.valueOf(p.maxAge().getAsInt())
                : "null   # no Access-Control-Max-Age: browsers cache preflights for 5 s").append('\n');
        out.append("preflightContinue: ").append(p.preflightContinue()).append('\n');
        out.append("optionsSuccessStatus: ").append(p.optionsSuccessStatus()).append('\n');
        out.append("allowPrivateNetwork: ").append(p.allowPrivateNetwork()).append('\n');
        flag(out, "dangerouslyReflectAnyOriginWithCredentials", p.dangerouslyReflectAnyOriginWithCredentials());
        flag(out, "dangerouslyAllowNullOrigin", p.dangerouslyAllowNullOrigin());
        flag(out, "dangerouslyAllowInsecureOriginsWithCredentials", p.dangerouslyAllowInsecureOriginsWithCredentials());
        return out.toString();
    }

    private static String origin(AllowedOrigins origin) {
        if (origin instanceof AllowedOrigins.Listed listed) {
            return listed.entries().stream().map(PolicyYamlWriter::entry).collect(Collectors.joining(", ", "[", "]"));
        }
        if (origin instanceof AllowedOrigins.Matching m) {
            return "false   # set in Java, not expressible in a file: " + m.describe();
        }
        return origin.describe();
    }

    private static String entry(OriginMatcher matcher) {
        if (matcher instanceof OriginMatcher.Regex regex) {
            return "{pattern: " + quote(regex.pattern().pattern()) + "}";
        }
        if (matcher instanceof OriginMatcher.Wildcard) {
            return "{wildcard: " + quote(matcher.describe()) + "}";
        }
        return quote(matcher.describe());
    }

    private static void flag(StringBuilder out, String name, boolean value) {
        if (value) {
            out.append(name).append(": true\n");
        }
    }

    private static String list(List<String> items) {
        return items.stream().map(PolicyYamlWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Quote as a YAML double-quoted scalar. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
