package dev.corstck.tck.engine.baseline;

import dev.corstck.reports.model.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Read and write baseline files. One entry per line, {@code <rule-id> <scenario-id> <engine>  # why}, fields
 * separated by blanks; scenario and engine may be {@code *}. Lines starting with {@code #} are notes kept with the
 * entry below them. Reading never throws for bad content: every problem comes back with its line.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BaselineFile {

    /** The largest baseline file read, 4 MiB: far more than any real list of known failures. */
    public static final long MAX_BYTES = 4L << 20;

    /** The header written at the top of a rewritten file. */
    static final List<String> HEADER = List.of(
            "# cors-tck baseline: known failures. The build fails only on failures not listed here.",
            "# One per line: <rule-id> <scenario-id> <engine>  # why   (scenario and engine may be *)",
            "# Rewrite with -Dcors.tck.baseline.update=true; see tck/JUNIT.md.");

    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern SCENARIO_ID = Pattern.compile("\\*|[A-Za-z0-9][A-Za-z0-9._%~-]*");

    private BaselineFile() {
    }

    /** The outcome of reading a file: the entries that parse, and every problem. */
    public record Loaded(Baseline baseline, List<BaselineProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        /** Answer whether any problem makes the file unusable. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(BaselineProblem::error);
        }
    }

    /**
     * Read the baseline at {@code path}. A missing file is an error unless {@code mayBeMissing} (update mode creates
     * it). {@code unknownRule} returns a message for a rule ID the kit does not know, empty for a known one.
     */
    public static Loaded read(Path path, boolean mayBeMissing, Function<String, Optional<String>> unknownRule) {
        String source = path.toString();
        if (!Files.exists(path)) {
            List<BaselineProblem> problems = mayBeMissing ? List.of() : List.of(new BaselineProblem(source, 0, 0, true,
                    "baseline file " + path.toAbsolutePath() + " does not exist: create it, or run once with "
                            + "-Dcors.tck.baseline.update=true to record the current failures"));
            return new Loaded(new Baseline(Optional.of(path), List.of()), problems);
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                return unreadable(path, "it is larger than " + MAX_BYTES + " bytes");
            }
            Loaded parsed = parse(Files.readString(path, StandardCharsets.UTF_8), source, unknownRule);
            return new Loaded(new Baseline(Optional.of(path), parsed.baseline().entries()), parsed.problems());
        } catch (IOException | SecurityException e) {
            return unreadable(path, String.valueOf(e.getMessage()));
        }
    }

    /** Parse baseline text; {@code source} prefixes every problem. */
    public static Loaded parse(String text, String source, Function<String, Optional<String>> unknownRule) {
        List<BaselineEntry> entries = new ArrayList<>();
        List<BaselineProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                notes.clear();
            } else if (line.startsWith("#")) {
                notes.add(lines[i].stripTrailing());
            } else {
                parseEntry(lines[i], i + 1, source, notes, unknownRule, problems).ifPresent(e -> {
                    if (!keys.add(e.key())) {
                        problems.add(new BaselineProblem(source, e.line(), 1, false,
                                "duplicate baseline entry " + e.ruleId() + " " + e.scenario() + " " + e.engine()));
                    }
                    entries.add(e);
                });
                notes.clear();
            }
        }
        return new Loaded(new Baseline(Optional.empty(), entries), problems);
    }

    /** Write {@code entries} to {@code path} under the standard header, replacing the file atomically. */
    public static void write(Path path, List<BaselineEntry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        HEADER.forEach(h -> text.append(h).append('\n'));
        for (BaselineEntry e : entries) {
            text.append('\n');
            e.notes().forEach(n -> text.append(n).append('\n'));
            text.append(e.toLine()).append('\n');
        }
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".cors-baseline", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Optional<BaselineEntry> parseEntry(String raw, int lineNo, String source, List<String> notes,
            Function<String, Optional<String>> unknownRule, List<BaselineProblem> problems) {
        int hash = raw.indexOf('#');
        String reason = hash < 0 ? "" : raw.substring(hash + 1).strip();
        String body = hash < 0 ? raw : raw.substring(0, hash);
        String[] fields = body.strip().split("\\s+");
        int column = raw.length() - raw.stripLeading().length() + 1;
        if (fields.length != 3) {
            problems.add(new BaselineProblem(source, lineNo, column, true, "expected '<rule-id> <scenario-id> "
                    + "<engine>  # why', found " + fields.length + " field(s): " + body.strip()));
            return Optional.empty();
        }
        Optional<String> bad = fieldProblem(fields, unknownRule);
        if (bad.isPresent()) {
            boolean unknown = RULE_ID.matcher(fields[0]).matches() && unknownRule.apply(fields[0]).isPresent();
            problems.add(new BaselineProblem(source, lineNo, column, !unknown, bad.get()));
            if (!unknown) {
                return Optional.empty();
            }
        }
        String engine = fields[2].equals(BaselineEntry.ANY) ? fields[2] : Engine.of(fields[2]).id();
        return Optional.of(new BaselineEntry(fields[0], fields[1], engine, reason, notes, lineNo));
    }

    /** The first problem with the three fields; an unknown rule ID comes last, as it is only a warning. */
    private static Optional<String> fieldProblem(String[] f, Function<String, Optional<String>> unknownRule) {
        if (!RULE_ID.matcher(f[0]).matches()) {
            return Optional.of("'" + f[0] + "' is not a rule ID (e.g. cors-check.acao-exact); rule IDs take no *");
        }
        if (!SCENARIO_ID.matcher(f[1]).matches()) {
            return Optional.of("'" + f[1] + "' is not a scenario ID or *");
        }
        if (!f[2].equals(BaselineEntry.ANY)) {
            try {
                Engine.of(f[2]);
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage() + ", or *");
            }
        }
        return unknownRule.apply(f[0]);
    }

    private static Loaded unreadable(Path path, String why) {
        return new Loaded(new Baseline(Optional.of(path), List.of()), List.of(new BaselineProblem(path.toString(), 0,
                0, true, "baseline file " + path + " cannot be read: " + why)));
    }
}
