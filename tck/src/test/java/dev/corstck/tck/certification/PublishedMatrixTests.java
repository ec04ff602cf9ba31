package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --publish}: RESULTS.json merges a partial run into the last one; README's table is rewritten in place. */
class PublishedMatrixTests {

    @TempDir
    Path dir;

    @Test
    void aPartialRunReplacesItsRowsAndKeepsTheOthersAndTheReadmeAroundTheTable() throws Exception {
        // GIVEN two folders, a published matrix of both, and a README with markers
        folder("alpha");
        folder("beta");
        CertifiedConfiguration alpha = named(CertificationRunTests.row("conformant", "conformant", "conformant"),
                "alpha");
        CertifiedConfiguration betaOld = named(CertificationRunTests.row("conformant", "non-conformant",
                "conformant"), "beta");
        CertifiedConfiguration gone = named(CertificationRunTests.row("conformant", "conformant", "conformant"),
                "removed");
        CertificationJson.write(dir.resolve("RESULTS.json"), CertificationRunTests.document(List.of(alpha, betaOld,
                gone)));
        Files.writeString(dir.resolve("README.md"), "# Matrix\n\nintro\n\n" + PublishedMatrix.START + "\nold table\n"
                + PublishedMatrix.END + "\n\nafter\n");
        assertThat(PublishedMatrix.check(dir)).isEmpty();

        // WHEN a run of beta only is published
        CertifiedConfiguration betaNew = named(CertificationRunTests.row("conformant", "conformant", "conformant"),
                "beta");
        CertificationDocument merged = PublishedMatrix.publish(dir, CertificationRunTests.document(List.of(betaNew)));

        // THEN beta is replaced, alpha kept, the removed folder dropped; the README keeps what is outside the markers
        assertThat(merged.implementations()).extracting(CertifiedConfiguration::implementation)
                .containsExactly("alpha", "beta");
        assertThat(merged.implementations().get(1).matched()).isTrue();
        assertThat(CertificationJson.read(dir.resolve("RESULTS.json"))).isEqualTo(merged);
        String readme = Files.readString(dir.resolve("README.md"));
        assertThat(readme).startsWith("# Matrix\n\nintro\n\n" + PublishedMatrix.START + "\n| Implementation |")
                .endsWith(PublishedMatrix.END + "\n\nafter\n").doesNotContain("old table")
                .contains("| alpha | conformant | node | app 1.0 | conformant | conformant (40/40 agree) |")
                .contains("2 of 2 configurations as expected. Generated 2026-12-02 by `./cors-tck certify`");
    }

    @Test
    void aReadmeWithoutMarkersCannotBePublishedInto() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# no table here\n");

        assertThat(PublishedMatrix.check(dir)).hasValueSatisfying(m -> assertThat(m).contains("no matrix markers",
                PublishedMatrix.START));
    }

    private void folder(String name) throws Exception {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve(name).resolve(ManifestReader.FILE_NAME), "name: " + name + "\n");
    }

    private static CertifiedConfiguration named(CertifiedConfiguration row, String implementation) {
        return new CertifiedConfiguration(implementation + "/" + row.configuration(), implementation,
                row.configuration(), row.title(), row.ecosystem(), row.version(), row.docs(), row.expected(),
                row.matched(), row.engines(), row.report(), row.seconds(), row.certifiedAt(), row.problems(),
                row.unexplained(), row.missed());
    }
}
