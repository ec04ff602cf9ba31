package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository points at a folder of the machine it was written on, or at a document that is not in the
 * repository: a clone elsewhere must read the same docs and run the same code. Relative Markdown links stay inside the
 * repository and name files that exist; every link into tck/SPEC-NOTES.md names one of its anchors.
 */
class NoMachinePathsTests {

    /** Machine folders that no file of the repository may name (the brief's list, plus their URL forms). */
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.-])/(work|root|home)/|\\.\\./shared\\b");
    /** Fictitious paths a test feeds in on purpose, to check they are scrubbed from what gets published. */
    private static final Set<String> INPUTS = Set.of("/home/me/run3/report");
    /** Folders the build, the launcher or the local tools write, none of them part of the repository. */
    private static final Set<String> NOT_THE_REPOSITORY =
            Set.of("target", ".git", ".mvn", "node_modules", ".cors-tck", "dist", "cors-tck-report", "reports-out");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** A document named by its file name, in prose, a comment or a link. */
    private static final Pattern DOC_NAME = Pattern.compile("\\b[A-Za-z0-9_-]+\\.md\\b");
    private static final Pattern NOTES_ANCHOR = Pattern.compile("SPEC-NOTES\\.md#([A-Za-z0-9_-]+)");

    private static final Path ROOT = root();

    @Test
    void noFileNamesAFolderOfThisMachine() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            String text = text(file);
            if (text == null) {
                continue; // binary: an image or an archive
            }
            text.lines().filter(l -> MACHINE_PATH.matcher(l).find())
                    .filter(l -> INPUTS.stream().noneMatch(l::contains))
                    .forEach(l -> found.add(ROOT.relativize(file) + ": " + l.strip()));
        }
        assertThat(found).as("lines that name a folder outside the repository").isEmpty();
    }

    @Test
    void relativeMarkdownLinksStayInsideTheRepositoryAndResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : files()) {
            if (!doc.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1).replaceAll("#.*", "");
                if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                    continue; // an anchor in the same page, or a URL
                }
                checked++;
                Path resolved = doc.getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + m.group(1));
                }
            }
        }
        assertThat(checked).as("relative links in the docs").isGreaterThan(0);
        assertThat(broken).as("relative links that leave the repository or name no file").isEmpty();
    }

    @Test
    void everyDocumentNamedIsInTheRepository() throws IOException {
        List<Path> files = files();
        Set<String> docs = new java.util.TreeSet<>();
        files.stream().filter(p -> p.toString().endsWith(".md")).forEach(p -> docs.add(p.getFileName().toString()));
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            String text = text(file);
            if (text == null) {
                continue;
            }
            Matcher m = DOC_NAME.matcher(text);
            while (m.find()) {
                if (!docs.contains(m.group())) {
                    missing.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(docs).as("the repository's documents").contains("README.md", "SPEC-NOTES.md");
        assertThat(missing).as("documents named that the repository does not hold").isEmpty();
    }

    @Test
    void everySpecNotesAnchorNamedExists() throws IOException {
        String notes = Files.readString(ROOT.resolve("tck/SPEC-NOTES.md"), StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>();
        int named = 0;
        for (Path file : files()) {
            String text = text(file);
            if (text == null) {
                continue;
            }
            Matcher m = NOTES_ANCHOR.matcher(text);
            while (m.find()) {
                named++;
                if (!notes.contains("<a id=\"" + m.group(1) + "\"></a>")) {
                    broken.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(named).as("references to a section of tck/SPEC-NOTES.md").isGreaterThan(0);
        assertThat(broken).as("SPEC-NOTES.md anchors that do not exist").isEmpty();
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

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path relative = ROOT.relativize(p);
                        for (Path segment : relative) { // a worktree's ".git" is a file naming the machine's clone
                            if (NOT_THE_REPOSITORY.contains(segment.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        }
    }

    /** The file as UTF-8 text; null when it is not text. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
