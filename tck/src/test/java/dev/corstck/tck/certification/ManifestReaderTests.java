package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading {@code implementation.yaml}: the fixture is valid; each mistake is reported at its line. */
class ManifestReaderTests {

    @TempDir
    Path dir;

    @Test
    void theFixtureImplementationReadsWithEveryKey() {
        Path folder = CertificationFixtures.copyTo(dir).resolve(CertificationFixtures.FIXTURE);

        ManifestReader.Loaded loaded = ManifestReader.read(folder);

        assertThat(loaded).isInstanceOf(ManifestReader.Loaded.Valid.class);
        Implementation implementation = ((ManifestReader.Loaded.Valid) loaded).implementation();
        assertThat(implementation.name()).isEqualTo("fixture-python");
        assertThat(implementation.ecosystem()).isEqualTo(Ecosystem.PYTHON);
        assertThat(implementation.build()).contains("sh build.sh");
        assertThat(implementation.start()).isEqualTo("exec python3 server.py");
        assertThat(implementation.configurations()).extracting(Configuration::id).containsExactly("documented",
                "default");
        Configuration defaults = implementation.configurations().get(1);
        assertThat(defaults.expect()).isEqualTo(MatrixVerdict.NON_CONFORMANT);
        assertThat(defaults.env()).isEqualTo(Map.of("CORS_CONFIG", "default", "FIXTURE_SPAWN", "1"));
        assertThat(defaults.policy()).isEqualTo(dir.resolve("policy.yaml").normalize());
        assertThat(defaults.explained()).extracting(Explanation::rule).containsExactly(
                "policy.undeclared-origin-refused");
        assertThat(implementation.rowName(defaults)).isEqualTo("fixture-python/default");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("name is not the folder", List.of("name: other"), 1, "name must be the folder's name: "
                        + "'other' but the folder is 'app'"),
                Arguments.of("unknown ecosystem", List.of("ecosystem: ruby"), 3, "unknown ecosystem: 'ruby'; use "
                        + "one of jvm, node, python, go, web-server"),
                Arguments.of("misspelt key", List.of("strat: node x.js"), 7, "unknown key: 'strat' in "
                        + "implementation.yaml"),
                Arguments.of("repeated key", List.of("title: again"), 7, "a key is given twice: 'title'"),
                Arguments.of("jvm without jdk", List.of("ecosystem: jvm"), 1, "a required key is missing: 'jdk'"),
                Arguments.of("jdk on node", List.of("jdk: 17"), 7, "jdk is wrong: only a jvm implementation"),
                Arguments.of("docs not a URL", List.of("docs: see the README"), 5, "docs must be an http(s) URL"),
                Arguments.of("bad package", List.of("packages: [Nginx_Full]"), 7, "not a Debian package name: "
                        + "'Nginx_Full'"),
                Arguments.of("blank start", List.of("start: \"\""), 6, "'start' in implementation.yaml must be "
                        + "non-blank text"),
                Arguments.of("id with capitals", List.of("configurations:", "  - id: Documented", "    title: d",
                        "    policy: ../policy.yaml", "    expect: conformant"), 8, "a configuration id must be"),
                Arguments.of("missing policy file", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../nope.yaml", "    expect: conformant"), 10, "the policy file is unusable: "
                        + "'../nope.yaml' is not a file"),
                Arguments.of("inconclusive expected", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../policy.yaml", "    expect: inconclusive"), 11, "expect must be conformant, "
                        + "conformant-with-warnings or non-conformant: 'inconclusive'"),
                Arguments.of("port in env", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../policy.yaml", "    env: {PORT: '80'}", "    expect: conformant"), 11,
                        "an env entry is wrong: PORT is set by the kit"),
                Arguments.of("unknown rule explained", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../policy.yaml", "    expect: non-conformant", "    explained:",
                        "      - rule: cors-check.acao-singel", "        verdict: FAIL", "        why: w"), 13,
                        "no rule has this ID: unknown rule ID 'cors-check.acao-singel': did you mean "
                                + "'cors-check.acao-single'?"),
                Arguments.of("conformant yet explained", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../policy.yaml", "    expect: conformant", "    explained:",
                        "      - rule: http-cache.vary-origin", "        verdict: WARN", "        why: w"), 13,
                        "explained does not fit expect: expect: conformant means no FAIL and no WARN"),
                Arguments.of("non-conformant without a FAIL", List.of("configurations:", "  - id: d", "    title: d",
                        "    policy: ../policy.yaml", "    expect: non-conformant"), 11,
                        "expect: non-conformant needs every FAIL explained"),
                Arguments.of("unquoted colon", List.of("configurations:", "  - id: d", "    title: a: b"), 9,
                        "not valid YAML: mapping values are not allowed here (quote a value that holds ': '"));
    }

    /** Each case changes a valid manifest: a header key is replaced, or lines are added (configurations replaced). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedAtItsLine(String name, List<String> change, int line, String message)
            throws Exception {
        Files.copy(CertificationFixtures.copyTo(dir.resolve("src")).resolve("policy.yaml"), dir.resolve("policy.yaml"));
        Path folder = CertificationFixtures.manifest(dir, "app", withChange(change).toArray(String[]::new));

        ManifestReader.Loaded loaded = ManifestReader.read(folder);

        assertThat(loaded).isInstanceOf(ManifestReader.Loaded.Invalid.class);
        List<String> messages = ((ManifestReader.Loaded.Invalid) loaded).messages();
        assertThat(messages).as(name).anySatisfy(m -> assertThat(m).startsWith(folder.resolve(
                "implementation.yaml") + ":" + line + ":").contains(message));
    }

    @Test
    void everyProblemComesBackAtOnceWithThoseOfThePolicyFile() throws Exception {
        Files.writeString(dir.resolve("bad-policy.yaml"), "origin: [https://a.example]\nmethods: [GET]\n"
                + "maxAge: soon\n");
        Path folder = CertificationFixtures.manifest(dir, "app", "name: app", "title: t", "ecosystem: cobol",
                "version: '1'", "docs: nope", "start: x", "configurations:", "  - id: d", "    title: d",
                "    policy: ../bad-policy.yaml", "    expect: conformant");

        List<String> messages = ((ManifestReader.Loaded.Invalid) ManifestReader.read(folder)).messages();

        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).contains(":3:").contains("unknown ecosystem");
        assertThat(messages.get(1)).contains(":5:").contains("docs must be");
        assertThat(messages.get(2)).contains(":10:").contains("'../bad-policy.yaml' has 1 problem(s)");
        assertThat(messages.get(3)).startsWith(dir.resolve("bad-policy.yaml").normalize() + ":3:");
    }

    /** A header of six keys (line 1 name ... line 6 start), changed by {@code change}, then the configurations. */
    private static List<String> withChange(List<String> change) {
        List<String> lines = new ArrayList<>(CertificationFixtures.header("app"));
        List<String> configurations = CertificationFixtures.documented();
        boolean replacesConfigurations = !change.isEmpty() && change.get(0).equals("configurations:");
        for (String c : change) {
            String key = c.substring(0, Math.max(0, c.indexOf(':')));
            int at = lines.stream().map(l -> l.substring(0, l.indexOf(':'))).toList().indexOf(key);
            if (replacesConfigurations) {
                continue;
            } else if (at >= 0 && !key.equals("title")) {
                lines.set(at, c);
            } else {
                lines.add(c);
            }
        }
        lines.addAll(replacesConfigurations ? change : configurations);
        return lines;
    }
}
