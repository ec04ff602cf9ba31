package dev.corstck.tck.certification;

import dev.corstck.tck.engine.discovery.RuleIds;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Read and validate a folder's {@code implementation.yaml} (the contract is {@code certification/APPS.md}). Reading
 * never throws for a bad file: every problem comes back at once, each as {@code file:line:column: message}, with the
 * problems of the policy files its configurations name.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ManifestReader {

    /** The file every certification folder holds. */
    public static final String FILE_NAME = "implementation.yaml";

    static final List<String> KEYS = List.of("name", "title", "ecosystem", "version", "docs", "jdk", "build",
            "start", "packages", "configurations", "remedies");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    /** A Debian package name (Debian Policy 5.6.1). */
    private static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");
    private static final int MAX_BYTES = 256 * 1024;

    private ManifestReader() {
    }

    /** The outcome of reading one {@code implementation.yaml}. */
    public sealed interface Loaded {

        /** The file is valid. */
        record Valid(Implementation implementation) implements Loaded {
            public Valid {
                Objects.requireNonNull(implementation, "implementation must not be null");
            }
        }

        /** The file has problems: all of them, in file order, then those of the policy files it names. */
        record Invalid(List<ManifestProblem> problems, List<String> policyProblems) implements Loaded {
            public Invalid {
                problems = List.copyOf(problems);
                policyProblems = List.copyOf(policyProblems);
            }

            /** Return every problem as {@code source:line:column: message}. */
            public List<String> messages() {
                List<String> out = new ArrayList<>();
                problems.stream().sorted(java.util.Comparator.comparingInt(ManifestProblem::line)
                        .thenComparingInt(ManifestProblem::column)).forEach(p -> out.add(p.toString()));
                out.addAll(policyProblems);
                return out;
            }
        }
    }

    /** Read {@code folder/implementation.yaml}. */
    public static Loaded read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Problems problems = new Problems(file.toString());
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(Optional.empty(), ManifestReason.UNREADABLE, "larger than " + MAX_BYTES + " bytes");
                return new Loaded.Invalid(problems.all(), List.of());
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(Optional.empty(), ManifestReason.UNREADABLE, String.valueOf(e.getMessage()));
            return new Loaded.Invalid(problems.all(), List.of());
        }
        return parse(text, folder, problems);
    }

    private static Loaded parse(String text, Path folder, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(folder.resolve(FILE_NAME).toString())
                .setUseMarks(true).setMaxAliasesForCollections(20).setCodePointLimit(MAX_BYTES).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.add(e.getProblemMark(), ManifestReason.SYNTAX, e.getProblem() + (e.getProblem().contains(
                    "mapping values") ? " (quote a value that holds ': ', e.g. why: \"...\")" : ""));
            return new Loaded.Invalid(problems.all(), List.of());
        } catch (YamlEngineException e) {
            problems.add(Optional.empty(), ManifestReason.SYNTAX, String.valueOf(e.getMessage()));
            return new Loaded.Invalid(problems.all(), List.of());
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            problems.add(root.flatMap(Node::getStartMark), ManifestReason.NOT_A_MAPPING,
                    "write 'name: ...', 'configurations: ...' and the other keys of certification/APPS.md");
            return new Loaded.Invalid(problems.all(), List.of());
        }
        return new ManifestReader.Fields(folder, problems).read(YamlMapping.of(mapping, FILE_NAME, KEYS, problems));
    }

    /** The state of reading one file. */
    private static final class Fields {
        private final Path folder;
        private final Problems problems;
        private final List<String> policyProblems = new ArrayList<>();

        Fields(Path folder, Problems problems) {
            this.folder = folder;
            this.problems = problems;
        }

        Loaded read(YamlMapping top) {
            String what = FILE_NAME;
            Optional<String> name = top.requireText("name", what, problems);
            name.ifPresent(n -> checkName(top, n));
            Optional<String> title = top.requireText("title", what, problems);
            Optional<Ecosystem> ecosystem = top.requireText("ecosystem", what, problems).flatMap(e -> ecosystem(top, e));
            Optional<String> version = top.requireText("version", what, problems);
            Optional<String> docs = top.requireText("docs", what, problems).filter(d -> checkDocs(top, d));
            OptionalInt jdk = jdk(top, ecosystem);
            Optional<String> build = top.text("build", what, problems);
            Optional<String> start = top.requireText("start", what, problems);
            List<String> packages = top.get("packages").map(this::packages).orElse(List.of());
            Map<String, String> remedies = top.get("remedies").map(this::remedies).orElse(Map.of());
            List<Configuration> configurations = top.require("configurations", what, problems)
                    .map(n -> new ConfigurationReader(folder, problems, policyProblems).read(n)).orElse(List.of());
            if (problems.size() > 0 || !policyProblems.isEmpty()) {
                return new Loaded.Invalid(problems.all(), policyProblems);
            }
            return new Loaded.Valid(new Implementation(folder, name.orElseThrow(), title.orElseThrow(),
                    ecosystem.orElseThrow(), version.orElseThrow(), docs.orElseThrow(), jdk, build,
                    start.orElseThrow(), packages, configurations, remedies));
        }

        private void checkName(YamlMapping top, String name) {
            Node node = top.get("name").orElseThrow();
            String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
            if (!NAME.matcher(name).matches()) {
                problems.add(node, ManifestReason.NAME_NOT_FOLDER, "'" + name + "': use lower-case letters, digits, "
                        + "dots and dashes, as the folder is named");
            } else if (!name.equals(folderName)) {
                problems.add(node, ManifestReason.NAME_NOT_FOLDER, "'" + name + "' but the folder is '" + folderName
                        + "'");
            }
        }

        private Optional<Ecosystem> ecosystem(YamlMapping top, String id) {
            Optional<Ecosystem> found = Ecosystem.find(id);
            if (found.isEmpty()) {
                problems.add(top.get("ecosystem").orElseThrow(), ManifestReason.UNKNOWN_ECOSYSTEM, "'" + id
                        + "'; use one of " + String.join(", ", java.util.Arrays.stream(Ecosystem.values())
                        .map(Ecosystem::id).toList()));
            }
            return found;
        }

        private boolean checkDocs(YamlMapping top, String docs) {
            try {
                URI uri = new URI(docs);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return true;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below
            }
            problems.add(top.get("docs").orElseThrow(), ManifestReason.MALFORMED_URL, "'" + docs + "'");
            return false;
        }

        private OptionalInt jdk(YamlMapping top, Optional<Ecosystem> ecosystem) {
            Optional<Node> node = top.get("jdk");
            boolean jvm = ecosystem.filter(e -> e == Ecosystem.JVM).isPresent();
            if (node.isEmpty()) {
                if (jvm) {
                    problems.add(top.node(), ManifestReason.MISSING_KEY, "'jdk' in " + FILE_NAME + ": a jvm "
                            + "implementation names the JDK feature version it needs, e.g. 'jdk: 17'");
                }
                return OptionalInt.empty();
            }
            if (!jvm && ecosystem.isPresent()) {
                problems.add(node.get(), ManifestReason.JDK, "only a jvm implementation names a jdk");
                return OptionalInt.empty();
            }
            String text = node.get() instanceof ScalarNode s ? s.getValue().strip() : "";
            if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 8) {
                problems.add(node.get(), ManifestReason.JDK, "'" + text + "'; write the feature version, e.g. 17 "
                        + "or 21");
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text));
        }

        private List<String> packages(Node node) {
            List<ScalarNode> items = scalars(node, "packages", "a list of Debian package names, e.g. [nginx]");
            List<String> out = new ArrayList<>();
            for (ScalarNode item : items) {
                if (PACKAGE.matcher(item.getValue()).matches()) {
                    out.add(item.getValue());
                } else {
                    problems.add(item, ManifestReason.MALFORMED_PACKAGE, "'" + item.getValue() + "'");
                }
            }
            return out;
        }

        private Map<String, String> remedies(Node node) {
            Map<String, String> out = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                problems.add(node, ManifestReason.WRONG_TYPE, "remedies must map rule IDs to the fix, e.g. "
                        + "'cors-check.acao-present: register the filter first'");
                return out;
            }
            for (var tuple : mapping.getValue()) {
                String rule = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                Optional<String> unknown = RuleIds.unknown(rule);
                if (unknown.isPresent()) {
                    problems.add(tuple.getKeyNode(), ManifestReason.UNKNOWN_RULE, "remedies: " + unknown.get());
                } else if (!(tuple.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
                    problems.add(tuple.getValueNode(), ManifestReason.WRONG_TYPE, "the remedy for " + rule
                            + " must be non-blank text");
                } else if (out.putIfAbsent(rule, v.getValue().strip()) != null) {
                    problems.add(tuple.getKeyNode(), ManifestReason.DUPLICATE_KEY, "'" + rule + "' in remedies");
                }
            }
            return out;
        }

        private List<ScalarNode> scalars(Node node, String key, String advice) {
            if (node instanceof SequenceNode seq && seq.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
                return seq.getValue().stream().map(ScalarNode.class::cast).toList();
            }
            problems.add(node, ManifestReason.WRONG_TYPE, key + " must be " + advice);
            return List.of();
        }
    }
}
