package dev.corstck.tck.certification;

import dev.corstck.reports.writer.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Publish a run into the repository ({@code certify --publish}): {@code certification/RESULTS.json} (same schema as
 * {@code certification.json}) and the matrix table of {@code certification/README.md}, between
 * {@link #START} and {@link #END}. A run of some folders ({@code --only}) replaces their rows and keeps the other
 * folders' rows from the last publication, each with its own {@code certifiedAt}; rows of folders that no longer
 * exist are dropped.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PublishedMatrix {

    /** The published results, in the certification folder. */
    public static final String RESULTS = "RESULTS.json";
    /** The README whose table is rewritten. */
    public static final String README = "README.md";
    /** The marker before the table. */
    public static final String START = "<!-- certification-matrix:start -->";
    /** The marker after the table. */
    public static final String END = "<!-- certification-matrix:end -->";

    private PublishedMatrix() {
    }

    /** Return why {@code certificationDir} cannot be published into (a README without markers), empty if it can. */
    public static Optional<String> check(Path certificationDir) {
        Path readme = certificationDir.resolve(README);
        try {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int start = text.indexOf(START);
            if (start < 0 || text.indexOf(END, start) < 0) {
                return Optional.of(readme + " has no matrix markers: put the lines " + START + " and " + END
                        + " where the table goes");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(readme + " cannot be read: " + e.getMessage());
        }
    }

    /** Merge {@code run} into the published results and rewrite the README table; return the merged document. */
    public static CertificationDocument publish(Path certificationDir, CertificationDocument run) throws IOException {
        Path results = certificationDir.resolve(RESULTS);
        List<CertifiedConfiguration> rows = new ArrayList<>(run.implementations());
        Set<String> certified = run.implementations().stream().map(CertifiedConfiguration::implementation)
                .collect(Collectors.toSet());
        Set<String> folders = Implementations.folders(certificationDir).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toSet());
        if (Files.isRegularFile(results)) { // the previous publication: keep what this run did not redo
            for (CertifiedConfiguration old : CertificationJson.read(results).implementations()) {
                if (!certified.contains(old.implementation()) && folders.contains(old.implementation())) {
                    rows.add(old);
                }
            }
        }
        rows.sort(Comparator.comparing((CertifiedConfiguration r) -> r.ecosystem().ordinal())
                .thenComparing(CertifiedConfiguration::implementation));
        CertificationDocument merged = new CertificationDocument(run.schemaVersion(), run.tool(), run.generatedAt(),
                run.command(), run.browsers(), rows);
        CertificationJson.write(results, merged);
        Path readme = certificationDir.resolve(README);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START) + START.length();
        int end = text.indexOf(END, start);
        AtomicFiles.write(readme, text.substring(0, start) + "\n" + ReadmeTable.markdown(merged) + text.substring(end));
        return merged;
    }
}
