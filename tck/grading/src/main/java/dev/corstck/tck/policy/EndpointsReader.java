package dev.corstck.tck.policy;

import dev.corstck.fetch.header.ForbiddenRequestHeaders;
import dev.corstck.fetch.header.HttpToken;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.policy.PolicyFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Read the {@code endpoints} node of a policy file into {@link Endpoint}s, collecting every problem with its line
 * instead of stopping at the first. An entry is a path ({@code - /api/x}) or a mapping of {@link #KEYS}.
 */
final class EndpointsReader {

    static final List<String> KEYS = List.of("path", "methods", "credentials", "status", "headers", "body", "cors", "cookie");

    private final String source;
    private final CredentialsMode defaultCredentials;
    private final List<EndpointProblem> problems = new ArrayList<>();
    private final Optional<MappingNode> root;

    /**
     * Read endpoints of the file {@code source}; {@code root} is the file's root mapping, whose CORS options an
     * endpoint's {@code cors} mapping overrides (empty when the file did not compose).
     */
    EndpointsReader(String source, CredentialsMode defaultCredentials, Optional<MappingNode> root) {
        this.source = source;
        this.defaultCredentials = defaultCredentials;
        this.root = root;
    }

    List<EndpointProblem> problems() {
        return problems;
    }

    List<Endpoint> read(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            add(node, EndpointReason.NOT_A_LIST, "write one '- path: /api/x' entry per endpoint");
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            add(node, EndpointReason.EMPTY_LIST, "list at least one endpoint, or remove 'endpoints' to probe GET /");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            readEntry(item).ifPresent(endpoints::add);
        }
        return endpoints;
    }

    private Optional<Endpoint> readEntry(Node item) {
        int before = problems.size();
        EndpointFields fields = new EndpointFields(defaultCredentials);
        if (item instanceof ScalarNode scalar) {
            fields.path = path(scalar);
        } else if (item instanceof MappingNode mapping) {
            readMapping(mapping, fields);
            if (fields.path == null && problems.size() == before) {
                add(item, EndpointReason.MISSING_PATH, "add 'path: /api/x' to this endpoint");
            }
        } else {
            add(item, EndpointReason.NOT_AN_ENDPOINT, "write '- /api/x' or '- path: /api/x'");
        }
        return problems.size() == before && fields.path != null ? Optional.of(fields.build()) : Optional.empty();
    }

    private void readMapping(MappingNode mapping, EndpointFields fields) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node value = tuple.getValueNode();
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!seen.add(key)) {
                add(tuple.getKeyNode(), EndpointReason.DUPLICATE_KEY, "'" + key + "' is given again; keep one");
                continue;
            }
            switch (key) {
                case "path" -> fields.path = scalar(value, "path").map(this::pathText).orElse(null);
                case "methods" -> fields.methods = tokens(value, "methods", this::checkMethod);
                case "credentials" -> fields.credentials(scalar(value, "credentials").map(this::credentials)
                        .orElse(fields.credentials));
                case "cors" -> fields.cors = cors(value);
                case "cookie" -> fields.cookie = scalar(value, "cookie").map(ScalarNode::getValue).map(String::strip)
                        .filter(c -> !c.isEmpty());
                case "status" -> fields.status = scalar(value, "status").map(this::status).orElse(fields.status);
                case "headers" -> fields.headers = tokens(value, "headers", this::checkHeader);
                case "body" -> fields.body = scalar(value, "body").map(this::body).orElse(fields.body);
                default -> add(tuple.getKeyNode(), EndpointReason.UNKNOWN_KEY, "'" + key + "'; an endpoint takes "
                        + String.join(", ", KEYS));
            }
        }
    }

    /** The endpoint's effective CORS policy: the file's options with those under {@code cors} replaced. */
    private Optional<CorsPolicy> cors(Node value) {
        if (!(value instanceof MappingNode overrides)) {
            add(value, EndpointReason.WRONG_TYPE, "cors must be a mapping of policy options, e.g. {origin: \"*\"}");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.empty(); // the file's own problems are reported by the policy reader
        }
        PolicyFile.Loaded loaded = PolicyFile.overridden(root.get(), overrides, source);
        if (loaded instanceof PolicyFile.Loaded.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new EndpointProblem(source, p.line(), p.column(),
                    EndpointReason.INVALID_CORS, EndpointReason.INVALID_CORS.prefix() + ": " + p.message())));
            return Optional.empty();
        }
        return Optional.of(((PolicyFile.Loaded.Valid) loaded).policy());
    }

    private String path(ScalarNode node) {
        return pathText(node);
    }

    private String pathText(ScalarNode node) {
        String path = node.getValue();
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            add(node, EndpointReason.MALFORMED_PATH, "'" + path + "'; write a path such as /api/items?page=1 "
                    + "(no spaces; the target's origin comes from --target)");
            return null;
        }
        return path;
    }

    private List<String> tokens(Node node, String key, TokenCheck check) {
        List<ScalarNode> items = new ArrayList<>();
        if (node instanceof ScalarNode s) {
            items.add(s);
        } else if (node instanceof SequenceNode seq && seq.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
            seq.getValue().forEach(n -> items.add((ScalarNode) n));
        } else {
            add(node, EndpointReason.WRONG_TYPE, key + " must be a list of names, e.g. [GET, PUT]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ScalarNode item : items) {
            for (String part : item.getValue().split(",")) {
                String token = part.strip();
                if (!token.isEmpty() && check.accept(item, token)) {
                    out.add(token);
                }
            }
        }
        return out;
    }

    private boolean checkMethod(ScalarNode node, String method) {
        if (!HttpToken.isToken(method)) {
            add(node, EndpointReason.MALFORMED_METHOD, "'" + method + "' is not a token");
            return false;
        }
        if (Set.of("CONNECT", "TRACE", "TRACK").contains(method.toUpperCase(Locale.ROOT))) {
            add(node, EndpointReason.FORBIDDEN_METHOD, "'" + method + "' is a forbidden method (fetch#forbidden-method)");
            return false;
        }
        return true;
    }

    private boolean checkHeader(ScalarNode node, String name) {
        if (!HttpToken.isToken(name)) {
            add(node, EndpointReason.MALFORMED_HEADER_NAME, "'" + name + "' is not a token");
            return false;
        }
        if (ForbiddenRequestHeaders.isForbiddenName(name)) {
            add(node, EndpointReason.FORBIDDEN_REQUEST_HEADER, "'" + name + "' is set by the browser, never by "
                    + "script (fetch#forbidden-request-header); leave it out");
            return false;
        }
        return true;
    }

    private CredentialsMode credentials(ScalarNode node) {
        return switch (node.getValue().toLowerCase(Locale.ROOT)) {
            case "include", "true" -> CredentialsMode.INCLUDE;
            case "omit", "false" -> CredentialsMode.OMIT;
            default -> {
                add(node, EndpointReason.UNKNOWN_CREDENTIALS, "got '" + node.getValue() + "'");
                yield defaultCredentials;
            }
        };
    }

    private int status(ScalarNode node) {
        String text = node.getValue();
        int status = text.matches("\\d{3}") ? Integer.parseInt(text) : -1;
        if (status < 100 || status > 599) {
            add(node, EndpointReason.STATUS_OUT_OF_RANGE, "got '" + text + "'");
            return Endpoint.DEFAULT_STATUS;
        }
        return status;
    }

    private BodyType body(ScalarNode node) {
        for (BodyType type : BodyType.values()) {
            if (type.yaml().equalsIgnoreCase(node.getValue())) {
                return type;
            }
        }
        add(node, EndpointReason.UNKNOWN_BODY, "got '" + node.getValue() + "'");
        return BodyType.NONE;
    }

    private Optional<ScalarNode> scalar(Node node, String key) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s);
        }
        add(node, EndpointReason.WRONG_TYPE, key + " must be a single value");
        return Optional.empty();
    }

    private void add(Node node, EndpointReason reason, String advice) {
        Optional<Mark> mark = node.getStartMark();
        problems.add(new EndpointProblem(source, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), reason, reason.prefix() + ": " + advice));
    }

    /** Accept or refuse one name of a list, adding a problem when refusing. */
    @FunctionalInterface
    private interface TokenCheck {
        boolean accept(ScalarNode node, String token);
    }
}
