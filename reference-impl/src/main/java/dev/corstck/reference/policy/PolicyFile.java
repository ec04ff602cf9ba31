package dev.corstck.reference.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /**
     * Longest a policy file may take to read: 10 s (system property {@code cors.tck.policy.read-timeout-ms}). A FIFO
     * with no writer, or a pipe that stalls, is refused after it instead of hanging the command.
     */
    public static final Duration READ_TIMEOUT = Duration.ofMillis(Long.getLong("cors.tck.policy.read-timeout-ms",
            10_000));

    /** Deepest nesting of mappings and sequences read: {@value}. A policy needs four. */
    public static final int MAX_DEPTH = 64;

    private PolicyFile() {
    }

    /** Load the policy file at {@code path}: read it (bounded, see {@link #read}), then parse it. */
    public static Loaded load(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        Read read = read(path);
        return read instanceof Read.Text text ? parse(text.text(), path.toString()) : ((Read.Failed) read).problems();
    }

    /**
     * Read the text of a policy file, whatever {@code path} is (a file, a pipe, a FIFO, a device), within bounds: at
     * most {@link #MAX_BYTES} bytes, within {@link #READ_TIMEOUT}, UTF-8. Never blocks longer, never throws; every
     * failure comes back as one problem with the line and column it concerns (1:1 for the file as a whole).
     */
    public static Read read(Path path) {
        return read(path, READ_TIMEOUT);
    }

    /** {@link #read(Path)} with another time bound (tests). */
    static Read read(Path path, Duration timeout) {
        Objects.requireNonNull(path, "path must not be null");
        String source = path.toString();
        if (Files.isDirectory(path)) {
            return failed(source, 1, 1, Reason.UNREADABLE_FILE, "it is a directory; name the policy file itself");
        }
        FutureTask<Read> task = new FutureTask<>(() -> readBounded(path, source));
        Thread reader = new Thread(task, "cors-tck-policy-read");
        reader.setDaemon(true); // an open() of a FIFO with no writer cannot be interrupted: never wait for it
        reader.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return failed(source, 1, 1, Reason.UNREADABLE_FILE, "it did not reach its end within "
                    + timeout.toMillis() + " ms (the limit; a FIFO with no writer, or a pipe that stalls?); save the policy"
                    + " to a regular file");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            return failed(source, 1, 1, Reason.UNREADABLE_FILE, "reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return failed(source, 1, 1, Reason.UNREADABLE_FILE, cause.getClass().getSimpleName() + ": "
                    + cause.getMessage() + "; check the path and its permissions");
        }
    }

    private static Read readBounded(Path path, String source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) > 0; ) {
                bytes.write(chunk, 0, n);
                if (bytes.size() > MAX_BYTES) {
                    byte[] read = bytes.toByteArray();
                    int[] at = position(read, MAX_BYTES);
                    return failed(source, at[0], at[1], Reason.FILE_TOO_LARGE, "it goes on past " + MAX_BYTES
                            + " bytes (the limit) at this point; a policy file may have at most " + MAX_BYTES
                            + " bytes (is it /dev/zero or an endless pipe?)");
                }
            }
        }
        byte[] read = bytes.toByteArray();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(read);
        CharBuffer out = CharBuffer.allocate(read.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] at = position(read, in.position());
            return failed(source, at[0], at[1], Reason.UNREADABLE_FILE, "it is not UTF-8 text (a byte that is not"
                    + " UTF-8 here); save it as UTF-8");
        }
        decoder.flush(out);
        return new Read.Text(out.flip().toString());
    }

    /** The 1-based line and column of byte {@code offset} in {@code bytes} (columns count characters). */
    private static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static Read failed(String source, int line, int column, Reason reason, String advice) {
        return new Read.Failed(new Loaded.Invalid(List.of(new FileProblem(source, line, column, reason,
                reason.prefix() + ": " + advice))));
    }

    /** The outcome of {@link #read}: the file's text, or why it cannot be had. */
    public sealed interface Read {

        /** The whole file, decoded. */
        record Text(String text) implements Read {
            public Text {
                Objects.requireNonNull(text, "text must not be null");
            }
        }

        /** The file cannot be read within the bounds: one problem, with its position. */
        record Failed(Loaded.Invalid problems) implements Read {
            public Failed {
                Objects.requireNonNull(problems, "problems must not be null");
            }
        }
    }

    /** Parse policy-file text; {@code sourceName} prefixes every problem (a path, or e.g. {@code <inline>}). */
    public static Loaded parse(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        if (yaml.length() > MAX_BYTES) {
            return Loaded.problem(sourceName, Reason.FILE_TOO_LARGE, yaml.length() + " characters; a policy file may"
                    + " have at most " + MAX_BYTES + " (the limit)");
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

        /** Build the outcome of a file with one problem that concerns the whole file: at its start, 1:1. */
        static Loaded problem(String source, Reason reason, String advice) {
            return new Invalid(List.of(new FileProblem(source, 1, 1, reason, reason.prefix() + ": " + advice)));
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
