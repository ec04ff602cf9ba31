package dev.corstck.reference.policy;

import dev.corstck.reference.origin.OriginWildcards;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Turns the value node of one known option into builder calls, or into a problem at that node. */
final class OptionReader {

    static final List<String> KNOWN = List.of("origin", "methods", "allowedHeaders", "exposedHeaders", "credentials",
            "maxAge", "preflightContinue", "optionsSuccessStatus", "allowPrivateNetwork",
            "dangerouslyReflectAnyOriginWithCredentials", "dangerouslyAllowNullOrigin",
            "dangerouslyAllowInsecureOriginsWithCredentials");

    private static final String ORIGIN_SHAPES = "origin must be \"*\", true, false, an origin such as"
            + " https://myapp.com, a list of them, {pattern: REGEX} or {wildcard: https://*.myapp.com}";

    private final CorsPolicyBuilder builder;
    private final Map<String, Node> nodes;
    private final PolicyYamlReader.Sink sink;
    private int originSlot;

    OptionReader(CorsPolicyBuilder builder, Map<String, Node> nodes, PolicyYamlReader.Sink sink) {
        this.builder = builder;
        this.nodes = nodes;
        this.sink = sink;
    }

    void read(String name, Node value) {
        nodes.put(name, value);
        switch (name) {
            case "origin" -> origin(value);
            case "methods" -> names(name, value).ifPresent(l -> builder.methods(l.toArray(String[]::new)));
            case "allowedHeaders" -> allowedHeaders(value);
            case "exposedHeaders" -> names(name, value).ifPresent(l -> builder.exposedHeaders(l.toArray(String[]::new)));
            case "credentials" -> bool(name, value).ifPresent(builder::credentials);
            case "maxAge" -> maxAge(value);
            case "preflightContinue" -> bool(name, value).ifPresent(builder::preflightContinue);
            case "optionsSuccessStatus" -> integer(name, value).ifPresent(builder::optionsSuccessStatus);
            case "allowPrivateNetwork" -> bool(name, value).ifPresent(builder::allowPrivateNetwork);
            case "dangerouslyReflectAnyOriginWithCredentials" ->
                    bool(name, value).ifPresent(builder::dangerouslyReflectAnyOriginWithCredentials);
            case "dangerouslyAllowNullOrigin" -> bool(name, value).ifPresent(builder::dangerouslyAllowNullOrigin);
            case "dangerouslyAllowInsecureOriginsWithCredentials" ->
                    bool(name, value).ifPresent(builder::dangerouslyAllowInsecureOriginsWithCredentials);
            default -> throw new IllegalStateException("unhandled option " + name);
        }
    }

    private void origin(Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            if (Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT))) {
                builder.reflectAnyOrigin();
            } else {
                builder.noOrigin();
            }
        } else if (value instanceof ScalarNode s && s.getTag().equals(Tag.STR) && s.getValue().equals("*")) {
            builder.anyOrigin();
        } else if (value instanceof SequenceNode seq) {
            builder.origin(new AllowedOrigins.Listed(List.of()));
            seq.getValue().forEach(this::originEntry);
        } else if (value instanceof ScalarNode s && (s.getTag().equals(Tag.STR) || s.getValue().equals("null"))
                || value instanceof MappingNode) {
            originEntry(value);
        } else {
            problem(value, Reason.WRONG_TYPE, ORIGIN_SHAPES);
        }
    }

    private void originEntry(Node item) {
        if (item instanceof ScalarNode s && (s.getTag().equals(Tag.STR) || s.getValue().equals("null"))) {
            if (s.getValue().equals("*")) {
                problem(item, Reason.MALFORMED_ORIGIN, "'*' only works alone (origin: \"*\"); inside a list use"
                        + " exact origins or {wildcard: https://*.myapp.com}");
                return;
            }
            nodes.put("origin[" + originSlot++ + "]", item);
            builder.origins(s.getValue());
        } else if (item instanceof MappingNode map && map.getValue().size() == 1
                && map.getValue().get(0).getKeyNode() instanceof ScalarNode key
                && map.getValue().get(0).getValueNode() instanceof ScalarNode text
                && (key.getValue().equals("pattern") || key.getValue().equals("wildcard"))) {
            nodes.put("origin[" + originSlot++ + "]", text);
            if (key.getValue().equals("pattern")) {
                builder.originPattern(text.getValue());
            } else if (OriginWildcards.parse(text.getValue()) instanceof OriginWildcards.WildcardParse.Invalid bad) {
                originSlot--;
                nodes.remove("origin[" + originSlot + "]");
                problem(text, Reason.MALFORMED_ORIGIN, bad.problem());
            } else {
                builder.origins(text.getValue());
            }
        } else {
            problem(item, Reason.WRONG_TYPE, ORIGIN_SHAPES);
        }
    }

    private void allowedHeaders(Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            builder.reflectRequestHeaders();
            return;
        }
        names("allowedHeaders", value).ifPresent(l -> builder.allowedHeaders(l.toArray(String[]::new)));
    }

    private void maxAge(Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            builder.noMaxAge();
            return;
        }
        integer("maxAge", value).ifPresent(builder::maxAge);
    }

    /** A list of names, or one comma-separated string as Express also accepts. */
    private Optional<List<String>> names(String option, Node value) {
        List<String> out = new ArrayList<>();
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            for (String part : s.getValue().split(",", -1)) {
                nodes.put(option + "[" + out.size() + "]", value);
                out.add(part.strip());
            }
            return Optional.of(out);
        }
        if (!(value instanceof SequenceNode seq)) {
            problem(value, Reason.WRONG_TYPE, option + " must be a list such as [GET, POST]");
            return Optional.empty();
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                problem(item, Reason.WRONG_TYPE, option + " items must be names such as " + example(option));
                return Optional.empty();
            }
            nodes.put(option + "[" + out.size() + "]", item);
            out.add(s.getValue());
        }
        return Optional.of(out);
    }

    private Optional<Boolean> bool(String option, Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        problem(value, Reason.WRONG_TYPE, option + " must be true or false, unquoted");
        return Optional.empty();
    }

    private Optional<Integer> integer(String option, Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                BigInteger n = parseInt(s.getValue());
                if (n.bitLength() < 32) {
                    return Optional.of(n.intValue());
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(value, Reason.WRONG_TYPE, option + " must be a whole number, unquoted, e.g. "
                + (option.equals("maxAge") ? "600" : "204"));
        return Optional.empty();
    }

    private static BigInteger parseInt(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        return new BigInteger(t);
    }

    private static String example(String option) {
        return option.equals("methods") ? "PUT" : "Content-Type";
    }

    private void problem(Node node, Reason reason, String advice) {
        sink.add(node.getStartMark(), reason, advice);
    }
}
