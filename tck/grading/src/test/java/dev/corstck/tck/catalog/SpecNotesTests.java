package dev.corstck.tck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tck/SPEC-NOTES.md defines every label the kit cites ({@code R-...} and {@code S-...}), and nothing else: a label
 * cited in main or test code, the catalog or the docs without an entry fails, an entry nobody cites fails, and each
 * entry's "Rules" and "Code" lines must say what the catalog and the sources really say, so the notes cannot drift
 * from the code.
 */
class SpecNotesTests {

    /** A Fetch requirement ({@code R-CHECK-02}) or a security lint ({@code S-01}). */
    private static final Pattern LABEL = Pattern.compile("\\b(?:R-[A-Z]+(?:-[A-Z]+)*|S)-[0-9]+\\b");
    private static final Pattern HEADING =
            Pattern.compile("(?m)^## <a id=\"((?:R-[A-Z-]+|S-)[0-9]+)\"></a>\\1: .+$");
    private static final Path REPO = root();
    private static final Path NOTES = REPO.resolve("tck/SPEC-NOTES.md");
    private static final Set<String> NOT_THE_REPOSITORY = Set.of("target", "node_modules", ".git", ".mvn", "build",
            "venv", ".venv");

    private static Map<String, String> entries;

    @BeforeAll
    static void readNotes() throws IOException {
        String text = Files.readString(NOTES, StandardCharsets.UTF_8);
        entries = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(text);
        int previous = -1;
        String label = null;
        while (m.find()) {
            if (label != null) {
                entries.put(label, text.substring(previous, m.start()));
            }
            label = m.group(1);
            previous = m.start();
        }
        if (label != null) {
            entries.put(label, text.substring(previous));
        }
    }

    @Test
    void everyCitedLabelHasAnEntry() {
        Set<String> cited = new TreeSet<>(catalogLabels());
        cited.addAll(codeCitations().keySet());
        cited.addAll(testCitations());
        cited.addAll(docCitations());
        assertThat(entries.keySet()).as("labels cited without an entry in tck/SPEC-NOTES.md").containsAll(cited);
    }

    @Test
    void theNotesDefineTheLabelsOfBothKinds() {
        // A pattern that stopped matching one kind would let every test above pass on an empty set.
        assertThat(entries.keySet()).contains("R-ORIGIN-01", "R-SYNTAX-01", "S-01", "S-06")
                .hasSize(catalogLabels().size());
    }

    @Test
    void everyEntryIsCitedSomewhere() {
        Set<String> cited = new TreeSet<>(catalogLabels());
        cited.addAll(codeCitations().keySet());
        assertThat(cited).as("entries of tck/SPEC-NOTES.md that no rule and no main code cites")
                .containsAll(entries.keySet());
    }

    @Test
    void eachEntryNamesTheRulesThatImplementIt() {
        Map<String, Set<String>> rules = new TreeMap<>();
        RuleCatalog.all().forEach(r -> r.labels().forEach(l -> rules.computeIfAbsent(l, k -> new TreeSet<>())
                .add(r.id())));
        entries.forEach((label, entry) -> {
            Set<String> ids = rules.getOrDefault(label, Set.of());
            String expected = ids.isEmpty() ? "none (client-side or browser-internal; see `UnmappedLabels`)"
                    : ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
            assertThat(line(entry, "Rules")).as(label).isEqualTo(expected);
            assertThat(ids.isEmpty()).as(label + " has no rule, so UnmappedLabels must give the reason")
                    .isEqualTo(RuleCatalog.unmappedLabels().containsKey(label));
        });
    }

    @Test
    void eachEntryNamesTheClassesThatCiteIt() {
        Map<String, Set<String>> code = codeCitations();
        entries.forEach((label, entry) -> {
            Set<String> classes = code.getOrDefault(label, Set.of());
            String expected = classes.isEmpty() ? "none"
                    : classes.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            assertThat(line(entry, "Code")).as(label).isEqualTo(expected);
        });
    }

    @Test
    void eachEntryLinksTheStandard() {
        entries.forEach((label, entry) -> assertThat(line(entry, "Spec")).as(label)
                .containsPattern("\\]\\(https://(fetch|html)\\.spec\\.whatwg\\.org/[^)]*#[A-Za-z0-9._-]+\\)"));
    }

    private static String line(String entry, String name) {
        return entry.lines().filter(l -> l.startsWith("- " + name + ": ")).map(l -> l.substring(name.length() + 4))
                .findFirst().orElse("(no \"- " + name + ":\" line)");
    }

    private static Set<String> catalogLabels() {
        Set<String> labels = new TreeSet<>(RuleCatalog.unmappedLabels().keySet());
        RuleCatalog.all().forEach(r -> r.labels().stream().filter(l -> LABEL.matcher(l).matches())
                .forEach(labels::add));
        return labels;
    }

    /** Label to the main classes outside the catalog (which the "Rules" line covers) whose source cites it. */
    private static Map<String, Set<String>> codeCitations() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Path file : sources("main")) {
            if (file.getParent().endsWith(Path.of("dev/corstck/tck/catalog"))) {
                continue;
            }
            String name = file.getFileName().toString().replace(".java", "");
            labels(file).forEach(l -> out.computeIfAbsent(l, k -> new TreeSet<>()).add(name));
        }
        return out;
    }

    /** Labels the tests cite (this class's own examples excluded: they name labels to check the notes). */
    private static Set<String> testCitations() {
        Set<String> out = new TreeSet<>();
        sources("test").stream().filter(p -> !p.endsWith("SpecNotesTests.java")).forEach(p -> out.addAll(labels(p)));
        return out;
    }

    /** The Java sources of every module, nested ones included: {@code src/<kind>/java} at any depth. */
    private static List<Path> sources(String kind) {
        Path tree = Path.of("src", kind, "java");
        return files(REPO, ".java").stream().filter(p -> {
            for (Path dir = p.getParent(); dir != null && dir.startsWith(REPO); dir = dir.getParent()) {
                if (dir.endsWith(tree)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /** Labels the committed Markdown docs cite (the README, each module's docs, the certification notes). */
    private static Set<String> docCitations() {
        Set<String> out = new TreeSet<>();
        files(REPO, ".md").stream().filter(p -> !p.endsWith(Path.of("tck/SPEC-NOTES.md")))
                .forEach(p -> out.addAll(labels(p)));
        return out;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path segment : REPO.relativize(p)) {
                            if (NOT_THE_REPOSITORY.contains(segment.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walk up, not a fixed "..": the tck's tests may sit one module deeper. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("cors-tck")) || !Files.isDirectory(dir.resolve("tck"))) {
            dir = dir.getParent();
            assertThat(dir).as("no cors-tck launcher above the working directory").isNotNull();
        }
        return dir;
    }

    private static Set<String> labels(Path file) {
        try {
            Matcher m = LABEL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> out = new TreeSet<>();
            while (m.find()) {
                out.add(m.group());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
