package dev.corstck.reference.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads one policy file: YAML to nodes (with marks), nodes to builder calls, builder problems back to marks. */
final class PolicyYamlReader {

    static final String ENDPOINTS = "endpoints";

    /** Options that belong to the grading kit, which reads them itself: the implementation a policy configures. */
    static final String IMPLEMENTATION = "implementation";

    private final String source;
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final CorsPolicyBuilder builder = CorsPolicy.builder();
    private final LoadSettings settings;

    PolicyYamlReader(String source) {
        this.source = source;
        this.settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(20).setCodePointLimit(PolicyFile.MAX_BYTES).setUseMarks(true)
                .setAllowNonScalarKeys(true).build();
    }

    PolicyFile.Loaded read(String yaml) {
        Optional<Node> root;
        AtomicReference<Optional<Mark>> last = new AtomicReference<>(Optional.empty());
        try {
            if (tooDeep(yaml, last)) {
                return done(Optional.empty());
            }
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            add(mark, Reason.YAML_SYNTAX, e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext()));
            return done(Optional.empty());
        } catch (YamlEngineException | StackOverflowError e) {
            // No mark of its own (e.g. the alias limit): point at the last place the parser reached, never 0:0.
            add(last.get().isPresent() ? last.get() : startOfFile(yaml), Reason.YAML_SYNTAX,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return done(Optional.empty());
        }
        if (root.isEmpty()) {
            return PolicyFile.Loaded.problem(source, Reason.EMPTY_FILE, "write at least 'origin:' (see the README)");
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            add(root.get().getStartMark(), Reason.NOT_A_MAPPING, "write one option per line, e.g."
                    + " 'origin: https://myapp.com'");
            return done(Optional.empty());
        }
        return done(readOptions(mapping));
    }

    /**
     * Walk the parser's events (an iterative state machine, unlike the recursive composer) and refuse nesting
     * deeper than {@link PolicyFile#MAX_DEPTH} at the collection that goes past it. {@code last} receives the mark of
     * the first alias seen, else of the last event, for errors that come without a mark of their own.
     */
    private boolean tooDeep(String yaml, AtomicReference<Optional<Mark>> last) {
        int depth = 0;
        boolean alias = false;
        for (Event event : new Parse(settings).parseString(yaml)) {
            if (!alias) {
                last.set(event.getStartMark());
                alias = event.getEventId() == Event.ID.Alias;
            }
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > PolicyFile.MAX_DEPTH) {
                        add(event.getStartMark(), Reason.YAML_SYNTAX, "nesting goes deeper than "
                                + PolicyFile.MAX_DEPTH + " levels (the limit) here; a policy needs four");
                        return true;
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
        return false;
    }

    private static Optional<Mark> startOfFile(String yaml) {
        return Optional.of(new Mark("", 0, 0, 0, yaml.codePoints().limit(1).toArray(), 0));
    }

    /**
     * Read the options of {@code base} (the file's root mapping), each replaced by the option of the same name in
     * {@code overrides} (an endpoint's {@code cors} mapping) where that names it: the effective policy of one
     * endpoint. Problems point at the node that gave the value, in the base or in the override.
     */
    PolicyFile.Loaded readOverridden(MappingNode base, MappingNode overrides) {
        Set<String> overridden = new HashSet<>();
        for (NodeTuple tuple : overrides.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode s) {
                overridden.add(s.getValue());
            }
        }
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : base.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!overridden.contains(name) && !name.equals(ENDPOINTS) && !name.equals(IMPLEMENTATION)) {
                merged.add(tuple);
            }
        }
        for (NodeTuple tuple : overrides.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(ENDPOINTS)) {
                add(s.getStartMark(), Reason.UNKNOWN_OPTION, "'endpoints' cannot be nested in an endpoint's 'cors'");
            } else {
                merged.add(tuple);
            }
        }
        readOptions(new MappingNode(base.getTag(), merged, base.getFlowStyle()));
        return done(Optional.empty());
    }

    private Optional<PolicyFile.Endpoints> readOptions(MappingNode mapping) {
        Set<String> seen = new HashSet<>();
        Optional<PolicyFile.Endpoints> endpoints = Optional.empty();
        OptionReader options = new OptionReader(builder, nodes, this::add);
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                add(key.getStartMark(), Reason.WRONG_TYPE, "an option name must be a plain word such as 'origin'");
                continue;
            }
            String name = scalar.getValue();
            if (!seen.add(name)) {
                add(key.getStartMark(), Reason.DUPLICATE_OPTION, "'" + name + "' is given again; keep one");
            } else if (name.equals(ENDPOINTS)) {
                endpoints = endpoints(tuple.getValueNode());
            } else if (name.equals(IMPLEMENTATION)) {
                continue; // the kit's (its remedies in that implementation's terms), not a CORS option
            } else if (!OptionReader.KNOWN.contains(name)) {
                add(key.getStartMark(), Reason.UNKNOWN_OPTION, "'" + name + "'" + DidYouMean.suggest(name,
                        OptionReader.KNOWN).map(s -> "; did you mean '" + s + "'?").orElse("; known options: "
                        + String.join(", ", OptionReader.KNOWN) + ", endpoints, implementation"));
            } else {
                options.read(name, tuple.getValueNode());
            }
        }
        return endpoints;
    }

    private Optional<PolicyFile.Endpoints> endpoints(Node node) {
        try {
            Object value = new StandardConstructor(settings).constructSingleDocument(Optional.of(node));
            return value == null ? Optional.empty() : Optional.of(new PolicyFile.Endpoints(value, node));
        } catch (YamlEngineException e) {
            add(node.getStartMark(), Reason.YAML_SYNTAX, "endpoints: " + e.getMessage());
            return Optional.empty();
        }
    }

    private PolicyFile.Loaded done(Optional<PolicyFile.Endpoints> endpoints) {
        CorsPolicy policy = null;
        try {
            policy = builder.build();
        } catch (InvalidPolicyException e) {
            for (PolicyProblem p : e.problems()) {
                add(Optional.ofNullable(markOf(p.option())), p.reason(), p.message());
            }
        }
        if (!problems.isEmpty() || policy == null) {
            problems.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
            return new PolicyFile.Loaded.Invalid(problems);
        }
        return new PolicyFile.Loaded.Valid(policy, endpoints);
    }

    private Mark markOf(String option) {
        Node node = nodes.get(option);
        if (node == null && option.contains("[")) {
            node = nodes.get(option.substring(0, option.indexOf('[')));
        }
        return node == null ? null : node.getStartMark().orElse(null);
    }

    private void add(Optional<Mark> mark, Reason reason, String advice) {
        String message = advice.startsWith(reason.prefix()) ? advice : reason.prefix() + ": " + advice;
        problems.add(new FileProblem(source, mark.map(m -> m.getLine() + 1).orElse(1),
                mark.map(m -> m.getColumn() + 1).orElse(1), reason, message));
    }

    /** Receives a problem at a node's mark. */
    @FunctionalInterface
    interface Sink {
        void add(Optional<Mark> mark, Reason reason, String advice);
    }
}
