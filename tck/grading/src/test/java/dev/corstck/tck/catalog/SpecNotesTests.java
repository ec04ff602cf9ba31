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
 * tck/SPEC-NOTES.md defines every {@code R-...} label the kit cites, and nothing else: a label cited in main code, the
 * catalog or the docs without an entry fails, an entry nobody cites fails, and each entry's "Rules" and "Code" lines
 * must say what the catalog and the sources really say, so the notes cannot drift from the code.
 */
class SpecNotesTests {

    private static final Pattern LABEL = Pattern.compile("R-[A-Z]+(?:-[A-Z]+)*-[0-9]+");
    private static final Pattern HEADING = Pattern.compile("(?m)^## <a id=\"(R-[A-Z-]+[0-9]+)\"></a>\\1: .+$");
    // Surefire runs in the module directory (tck/grading): the repository is two levels up, the notes in tck/.
    private static final Path REPO = Path.of("..", "..");
    private static final Path NOTES = Path.of("..", "SPEC-NOTES.md");
    private static final List<String> MODULES = List.of("reference-impl", "browser-harness", "tck", "reports");

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
        cited.addAll(docCitations());
        assertThat(entries.keySet()).as("labels cited without an entry in tck/SPEC-NOTES.md").containsAll(cited);
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
        RuleCatalog.all().forEach(r -> r.labels().stream().filter(l -> l.startsWith("R-")).forEach(labels::add));
        return labels;
    }

    /** Label to the main classes outside the catalog (which the "Rules" line covers) whose source cites it. */
    private static Map<String, Set<String>> codeCitations() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String module : MODULES) { // and the modules nested in it (tck/simulator, ...)
            for (Path file : files(REPO.resolve(module), ".java")) {
                if (!file.toString().contains("/src/main/java/")) {
                    continue;
                }
                if (file.getParent().endsWith(Path.of("dev/corstck/tck/catalog"))) {
                    continue;
                }
                String name = file.getFileName().toString().replace(".java", "");
                labels(file).forEach(l -> out.computeIfAbsent(l, k -> new TreeSet<>()).add(name));
            }
        }
        return out;
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
                    .filter(p -> Stream.of("target", "node_modules", ".git", ".mvn", "build", "venv", ".venv")
                            .noneMatch(skip -> REPO.relativize(p).toString().contains(skip + "/")
                                    || p.toString().contains("/" + skip + "/")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
