package dev.corstck.reference.policy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and writes policy files: YAML with the Express {@code cors} option names (see {@code reference-impl/README.md}).
 * Loading never throws: unreadable, oversized or malformed files, wrong types, unknown options and insecure
 * combinations all come back as {@link FileProblem}s, every one of them, each with its line and column.
 *
 * <p>The {@code endpoints} option belongs to the grading kit: it is not checked here, only handed back.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PolicyFile {

    /** Largest policy file read: 1 MiB. Real policies are a few hundred bytes. */
    public static final int MAX_BYTES = 1 << 20;

    private PolicyFile() {
    }

    /** Load the policy file at {@code path}. */
    public static Loaded load(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        String source = path.toString();
        try {
            if (Files.size(path) > MAX_BYTES) {
                return Loaded.problem(source, Reason.FILE_TOO_LARGE, Files.size(path) + " bytes; a policy file may"
                        + " have at most " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text, source);
        } catch (CharacterCodingException e) {
            return Loaded.problem(source, Reason.UNREADABLE_FILE, "it is not UTF-8 text; save it as UTF-8");
        } catch (IOException | SecurityException e) {
            return Loaded.problem(source, Reason.UNREADABLE_FILE, e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; check the path and its permissions");
        }
    }

    /** Parse policy-file text; {@code sourceName} prefixes every problem (a path, or e.g. {@code <inline>}). */
    public static Loaded parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        if (yaml.length() > MAX_BYTES) {
            return Loaded.problem(sourceName, Reason.FILE_TOO_LARGE, yaml.length() + " characters; a policy file may"
                    + " have at most " + MAX_BYTES);
        }
        return new PolicyYamlReader(sourceName).read(yaml);
    }

    /**
     * Read the effective policy of one endpoint: the file's options ({@code root}, its root mapping) with those its
     * {@code cors} mapping names replaced. Every problem comes back with the line of the value that caused it.
     */
    public static Loaded overridden(MappingNode root, MappingNode overrides, String sourceName) {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(overrides, "overrides must not be null");
        return new PolicyYamlReader(Objects.requireNonNull(sourceName, "sourceName must not be null"))
                .readOverridden(root, overrides);
    }

    /** Render {@code policy} as a policy file that loads back to an equal policy (predicates print as comments). */
    public static String format(CorsPolicy policy) {
        return PolicyYamlWriter.write(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /** The outcome of loading a policy file. */
    public sealed interface Loaded {

        /** Build the outcome of a file with one problem that concerns the whole file. */
        static Loaded problem(String source, Reason reason, String advice) {
            return new Invalid(List.of(new FileProblem(source, 0, 0, reason, reason.prefix() + ": " + advice)));
        }

        /** The file declares a valid policy; {@code endpoints} is its raw {@code endpoints} option, if any. */
        record Valid(CorsPolicy policy, Optional<Endpoints> endpoints) implements Loaded {
            public Valid {
                Objects.requireNonNull(policy, "policy must not be null");
                Objects.requireNonNull(endpoints, "endpoints must not be null");
            }
        }

        /** The file has problems; all of them, in file order. */
        record Invalid(List<FileProblem> problems) implements Loaded {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * The raw {@code endpoints} option: {@code value} as plain Java ({@code Map}, {@code List}, {@code String},
     * numbers, booleans) and {@code node} with its line and column marks, for the grading kit to check.
     */
    public record Endpoints(Object value, Node node) {
        public Endpoints {
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(node, "node must not be null");
        }
    }
}
