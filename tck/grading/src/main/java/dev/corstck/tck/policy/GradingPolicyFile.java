package dev.corstck.tck.policy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.FileProblem;
import dev.corstck.reference.policy.PolicyFile;
import dev.corstck.reference.policy.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Load a grading policy file: the CORS options through the reference implementation's {@link PolicyFile}, and
 * {@code endpoints} here. Loading never throws for a bad file: every problem of both parts comes back, each with its
 * line. Without {@code endpoints}, {@code GET /} is probed (see {@link GradingPolicy#defaultEndpoints}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GradingPolicyFile {

    private GradingPolicyFile() {
    }

    /** The outcome of loading a policy file. */
    public sealed interface Loaded {

        /** The file declares a valid policy and valid endpoints. */
        record Valid(GradingPolicy policy) implements Loaded {
            public Valid {
                Objects.requireNonNull(policy, "policy must not be null");
            }
        }

        /** The file has problems: those of the CORS options and those of the endpoints, all of them. */
        record Invalid(List<FileProblem> corsProblems, List<EndpointProblem> endpointProblems) implements Loaded {
            public Invalid {
                corsProblems = List.copyOf(corsProblems);
                endpointProblems = List.copyOf(endpointProblems);
            }

            /** Return every problem as {@code source:line:column: message}, in file order. */
            public List<String> messages() {
                record Line(int line, int column, String text) {
                }
                List<Line> lines = new ArrayList<>();
                corsProblems.forEach(p -> lines.add(new Line(p.line(), p.column(), p.toString())));
                endpointProblems.forEach(p -> lines.add(new Line(p.line(), p.column(), p.toString())));
                lines.sort(Comparator.comparingInt(Line::line).thenComparingInt(Line::column));
                return lines.stream().map(Line::text).toList();
            }
        }
    }

    /**
     * Load the policy file at {@code path}, read within the reference loader's bounds ({@link PolicyFile#read}: at
     * most {@link PolicyFile#MAX_BYTES} bytes, within {@link PolicyFile#READ_TIMEOUT}), whatever the path is.
     */
    public static Loaded load(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        PolicyFile.Read read = PolicyFile.read(path);
        if (read instanceof PolicyFile.Read.Text text) {
            return parse(text.text(), path.toString());
        }
        return new Loaded.Invalid(((PolicyFile.Read.Failed) read).problems().problems(), List.of());
    }

    /** Parse policy-file text; {@code sourceName} prefixes every problem (a path, or e.g. {@code <inline>}). */
    public static Loaded parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        PolicyFile.Loaded cors = PolicyFile.parse(yaml, sourceName);
        CredentialsMode credentials = cors instanceof PolicyFile.Loaded.Valid v
                ? GradingPolicy.defaultCredentials(v.policy()) : CredentialsMode.OMIT;
        boolean unparsable = cors instanceof PolicyFile.Loaded.Invalid bad && bad.problems().stream()
                .anyMatch(p -> p.reason() == Reason.YAML_SYNTAX || p.reason() == Reason.FILE_TOO_LARGE);
        Optional<MappingNode> root = unparsable ? Optional.empty() : rootNode(yaml, sourceName);
        EndpointsReader reader = new EndpointsReader(sourceName, credentials, root);
        Optional<List<Endpoint>> endpoints = root.flatMap(GradingPolicyFile::endpointsNode).map(reader::read);
        List<EndpointProblem> kitProblems = new ArrayList<>(reader.problems());
        Optional<String> implementation = root.flatMap(r -> implementation(r, sourceName, kitProblems));
        if (cors instanceof PolicyFile.Loaded.Valid valid && kitProblems.isEmpty()) {
            GradingPolicy policy = endpoints.isPresent()
                    ? new GradingPolicy(valid.policy(), endpoints.get(), GradingPolicy.EndpointSource.DECLARED)
                    : GradingPolicy.withDefaultEndpoints(valid.policy());
            return new Loaded.Valid(implementation.map(policy::withImplementation).orElse(policy));
        }
        List<FileProblem> corsProblems = cors instanceof PolicyFile.Loaded.Invalid i ? i.problems() : List.of();
        return new Loaded.Invalid(corsProblems, kitProblems);
    }

    /** The file's root mapping with its marks; empty when the YAML does not parse or is not a mapping. */
    private static Optional<MappingNode> rootNode(String yaml, String sourceName) {
        LoadSettings settings = LoadSettings.builder().setLabel(sourceName).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(20).setCodePointLimit(PolicyFile.MAX_BYTES).setUseMarks(true).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            return root.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        } catch (YamlEngineException | StackOverflowError e) {
            return Optional.empty(); // the reference loader reports the syntax error with its line
        }
    }

    /**
     * Read {@code implementation:}: the certified implementation whose terms remedies are given in. A name the kit
     * has no remedies for is a problem at its line.
     */
    private static Optional<String> implementation(MappingNode root, String source, List<EndpointProblem> problems) {
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("implementation")) {
                Node value = tuple.getValueNode();
                String name = value instanceof ScalarNode s ? s.getValue().strip() : "";
                if (!ImplementationRemedies.isKnown(name)) {
                    int line = value.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    int column = value.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
                    problems.add(new EndpointProblem(source, line, column, EndpointReason.UNKNOWN_IMPLEMENTATION,
                            EndpointReason.UNKNOWN_IMPLEMENTATION.prefix() + ": '" + name + "'; write a folder "
                                    + "name of certification/ (" + String.join(", ", ImplementationRemedies.EXAMPLES)
                                    + ", ...)"));
                    return Optional.empty();
                }
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Find the {@code endpoints} value node with its marks; empty when absent. */
    private static Optional<Node> endpointsNode(MappingNode root) {
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("endpoints")) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }
}
