package dev.corstck.tck.certification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The keys of one YAML mapping with their value nodes, after refusing unknown and repeated keys (each a problem at
 * the key's line).
 */
final class YamlMapping {

    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMapping(Node node) {
        this.node = node;
    }

    /**
     * Read {@code mapping}, whose keys may be {@code keys}; report the others to {@code problems}.
     * Precondition: {@code mapping} is a {@link MappingNode}.
     */
    static YamlMapping of(MappingNode mapping, String what, List<String> keys, Problems problems) {
        YamlMapping out = new YamlMapping(mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!keys.contains(key)) {
                problems.add(tuple.getKeyNode(), ManifestReason.UNKNOWN_KEY, "'" + key + "' in " + what
                        + "; it takes " + String.join(", ", keys));
            } else if (out.values.putIfAbsent(key, tuple.getValueNode()) != null) {
                problems.add(tuple.getKeyNode(), ManifestReason.DUPLICATE_KEY, "'" + key + "' in " + what
                        + "; keep one");
            }
        }
        return out;
    }

    /** The mapping node itself, for problems about a key that is missing. */
    Node node() {
        return node;
    }

    /** Return the value node of {@code key}, when given. */
    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Return the value node of {@code key}, or report it missing. */
    Optional<Node> require(String key, String what, Problems problems) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            problems.add(node, ManifestReason.MISSING_KEY, "'" + key + "' in " + what);
        }
        return value;
    }

    /** Return the text of the scalar {@code key}, or report a value that is not one, or is blank. */
    Optional<String> text(String key, String what, Problems problems) {
        return get(key).flatMap(v -> text(v, key, what, problems));
    }

    /** Return the text of a required scalar {@code key}. */
    Optional<String> requireText(String key, String what, Problems problems) {
        return require(key, what, problems).flatMap(v -> text(v, key, what, problems));
    }

    private static Optional<String> text(Node value, String key, String what, Problems problems) {
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(value, ManifestReason.WRONG_TYPE, "'" + key + "' in " + what + " must be non-blank text");
        return Optional.empty();
    }
}
