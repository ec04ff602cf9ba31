package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The published matrix is complete: every {@code certification/*}{@code /} folder with an implementation.yaml has
 * one row per configuration in {@code certification/RESULTS.json}, and no row names a configuration that is gone.
 * Regenerate with {@code ./cors-tck certify --publish}.
 */
class PublishedResultsTests {

    @Test
    void everyConfigurationOfEveryFolderHasARowInResultsJson() throws IOException {
        Path dir = RepositoryCertification.dir();
        TreeSet<String> configurations = new TreeSet<>();
        for (Path folder : Implementations.folders(dir)) {
            ids(folder).forEach(id -> configurations.add(folder.getFileName() + "/" + id));
        }
        Path results = dir.resolve(PublishedMatrix.RESULTS);
        if (configurations.isEmpty()) {
            return; // no implementation folder yet: nothing to publish
        }
        assertThat(results).as("run ./cors-tck certify --publish to write it").exists();

        TreeSet<String> rows = new TreeSet<>();
        CertificationJson.read(results).implementations().forEach(r -> rows.add(r.name()));

        TreeSet<String> missing = new TreeSet<>(configurations);
        missing.removeAll(rows);
        TreeSet<String> stale = new TreeSet<>(rows);
        stale.removeAll(configurations);
        assertThat(missing).as("configurations without a row in " + results + " (./cors-tck certify --only NAME "
                + "--publish)").isEmpty();
        assertThat(stale).as("rows in " + results + " naming no configuration").isEmpty();
    }

    /** The configuration IDs of a folder, read leniently: validating the file is {@code certify}'s job. */
    @SuppressWarnings("unchecked")
    private static List<String> ids(Path folder) {
        List<String> ids = new ArrayList<>();
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(folder.resolve(
                    ManifestReader.FILE_NAME)));
            if (root instanceof Map<?, ?> map && map.get("configurations") instanceof List<?> list) {
                for (Object c : list) {
                    if (c instanceof Map<?, ?> configuration && configuration.get("id") != null) {
                        ids.add(String.valueOf(configuration.get("id")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ids.add("<unreadable implementation.yaml: " + e.getMessage().lines().findFirst().orElse("") + ">");
        }
        return ids;
    }
}
