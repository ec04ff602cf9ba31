package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and selecting the certification folders ({@code --only NAME[/CONFIG]}). */
class ImplementationsTests {

    @TempDir
    Path dir;

    @Test
    void foldersWithAnImplementationYamlAreFoundInMatrixOrder() throws Exception {
        CertificationFixtures.copyTo(dir);
        List<String> go = new ArrayList<>(CertificationFixtures.header("b-go"));
        go.set(2, "ecosystem: go");
        go.addAll(CertificationFixtures.documented());
        CertificationFixtures.manifest(dir, "b-go", go.toArray(String[]::new));
        List<String> node = new ArrayList<>(CertificationFixtures.header("a-node"));
        node.addAll(CertificationFixtures.documented());
        CertificationFixtures.manifest(dir, "a-node", node.toArray(String[]::new));
        Files.createDirectories(dir.resolve("not-an-implementation"));

        Implementations.Loaded loaded = Implementations.load(dir, List.of());

        assertThat(Implementations.folders(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a-node", "b-go", "fixture-python");
        assertThat(((Implementations.Loaded.Valid) loaded).implementations()).extracting(Implementation::name)
                .as("by ecosystem (node, python, go), then name").containsExactly("a-node", "fixture-python", "b-go");
    }

    @Test
    void onlySelectsFoldersAndSingleConfigurations() throws Exception {
        CertificationFixtures.copyTo(dir);

        Implementations.Loaded one = Implementations.load(dir, List.of("fixture-python/default"));
        Implementations.Loaded all = Implementations.load(dir, List.of("fixture-python"));

        assertThat(((Implementations.Loaded.Valid) one).implementations().get(0).configurations())
                .extracting(Configuration::id).containsExactly("default");
        assertThat(((Implementations.Loaded.Valid) all).implementations().get(0).configurations()).hasSize(2);
    }

    @Test
    void onlyNamingNothingThatExistsIsRefusedWithWhatDoes() throws Exception {
        CertificationFixtures.copyTo(dir);

        Implementations.Loaded folder = Implementations.load(dir, List.of("express-cors"));
        Implementations.Loaded configuration = Implementations.load(dir, List.of("fixture-python/per-route"));
        Implementations.Loaded empty = Implementations.load(dir.resolve("nothing"), List.of());

        assertThat(((Implementations.Loaded.Invalid) folder).messages()).singleElement().asString()
                .contains("--only: no certification folder for [express-cors]", "there are: fixture-python");
        assertThat(((Implementations.Loaded.Invalid) configuration).messages()).singleElement().asString()
                .contains("fixture-python has no configuration 'per-route'; it has: documented, default");
        assertThat(((Implementations.Loaded.Invalid) empty).messages()).singleElement().asString()
                .contains("no certification folder under");
    }
}
