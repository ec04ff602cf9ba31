package dev.corstck.reference.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.origin.OriginMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFileTests {

    static Stream<Arguments> originForms() {
        return Stream.of(
                Arguments.of("origin: \"*\"", AllowedOrigins.Any.class),
                Arguments.of("origin: true", AllowedOrigins.ReflectAny.class),
                Arguments.of("origin: false", AllowedOrigins.None.class),
                Arguments.of("origin: https://myapp.com", AllowedOrigins.Listed.class),
                Arguments.of("origin: [https://a.example, \"https://*.b.example\"]", AllowedOrigins.Listed.class),
                Arguments.of("origin: {pattern: 'https://(a|b)\\.example'}", AllowedOrigins.Listed.class),
                Arguments.of("origin:\n  - wildcard: https://*.myapp.com\n  - https://x.example", AllowedOrigins.Listed.class),
                Arguments.of("origin: []", AllowedOrigins.Listed.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("originForms")
    void everyOriginFormOfDesignMdLoads(String yaml, Class<?> kind) {
        assertThat(valid(yaml).origin()).isInstanceOf(kind);
    }

    @Test
    void fullFileLoadsWithEveryOptionAndKeepsEndpointsRaw() {
        PolicyFile.Loaded loaded = PolicyFile.parse("""
                origin:
                  - https://myapp.com
                  - {wildcard: "https://*.myapp.com"}
                methods: [GET, POST, PUT, DELETE]
                allowedHeaders: Content-Type, Authorization
                exposedHeaders: [X-Request-Id]
                credentials: true
                maxAge: 600
                preflightContinue: false
                optionsSuccessStatus: 200
                allowPrivateNetwork: true
                endpoints:
                  - path: /api/data
                    methods: [GET]
                """, "policy.yaml");

        assertThat(loaded).isInstanceOfSatisfying(PolicyFile.Loaded.Valid.class, v -> {
            CorsPolicy p = v.policy();
            assertThat(((AllowedOrigins.Listed) p.origin()).entries()).hasExactlyElementsOfTypes(
                    OriginMatcher.Exact.class, OriginMatcher.Wildcard.class);
            assertThat(p.methods()).containsExactly("GET", "POST", "PUT", "DELETE");
            assertThat(p.allowedHeaders()).isEqualTo(new AllowedHeaders.Listed(List.of("Content-Type", "Authorization")));
            assertThat(p.credentials()).isTrue();
            assertThat(p.maxAge()).hasValue(600);
            assertThat(p.optionsSuccessStatus()).isEqualTo(200);
            assertThat(p.allowPrivateNetwork()).isTrue();
            assertThat(v.endpoints()).hasValueSatisfying(e -> {
                assertThat(e.value()).isEqualTo(List.of(Map.of("path", "/api/data", "methods", List.of("GET"))));
                assertThat(e.node().getStartMark().orElseThrow().getLine() + 1).as("1-based line").isEqualTo(13);
            });
        });
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("origin: \"*\"\ncredentials: true\n", "1:9", Reason.WILDCARD_ORIGIN_WITH_CREDENTIALS),
                Arguments.of("origin: true\ncredentials: true\n", "1:9", Reason.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS),
                Arguments.of("origin: [https://a.example, http://b.example]\ncredentials: true\n", "1:29",
                        Reason.INSECURE_ORIGIN_WITH_CREDENTIALS),
                Arguments.of("origin:\n  - https://a.example\n  - null\n", "3:5", Reason.NULL_ORIGIN),
                Arguments.of("origin: https://a.example/\n", "1:9", Reason.MALFORMED_ORIGIN),
                Arguments.of("origin: [\"*\"]\n", "1:10", Reason.MALFORMED_ORIGIN),
                Arguments.of("origin: {wildcard: https://a.example}\n", "1:20", Reason.MALFORMED_ORIGIN),
                Arguments.of("origin: {pattern: \"https://(a\"}\n", "1:19", Reason.MALFORMED_PATTERN),
                Arguments.of("origin: {pattern: \"https://app.myapp\\\\.com\"}\n", "1:19", Reason.UNESCAPED_DOT_IN_PATTERN),
                Arguments.of("origin: 42\n", "1:9", Reason.WRONG_TYPE),
                Arguments.of("origin: {regex: x}\n", "1:9", Reason.WRONG_TYPE),
                Arguments.of("methods: [GET, put]\n", "1:16", Reason.NON_NORMALIZED_METHOD),
                Arguments.of("methods: [GET, [PUT]]\n", "1:16", Reason.WRONG_TYPE),
                Arguments.of("methods: GET\nmethods: PUT\n", "2:1", Reason.DUPLICATE_OPTION),
                Arguments.of("credentials: \"true\"\n", "1:14", Reason.WRONG_TYPE),
                Arguments.of("maxAge: ten\n", "1:9", Reason.WRONG_TYPE),
                Arguments.of("maxAge: 99999999999\n", "1:9", Reason.WRONG_TYPE),
                Arguments.of("maxAge: -1\n", "1:9", Reason.MAX_AGE_OUT_OF_RANGE),
                Arguments.of("optionsSuccessStatus: 404\n", "1:23", Reason.OPTIONS_SUCCESS_STATUS_NOT_OK),
                Arguments.of("exposedHeaders: [Set-Cookie]\n", "1:18", Reason.FORBIDDEN_EXPOSED_HEADER),
                Arguments.of("allowCredentials: true\n", "1:1", Reason.UNKNOWN_OPTION),
                Arguments.of("origin: [a\n", "2:1", Reason.YAML_SYNTAX),
                Arguments.of("- origin\n", "1:1", Reason.NOT_A_MAPPING),
                Arguments.of("? [a, b]\n: c\n", "1:3", Reason.WRONG_TYPE),
                Arguments.of("\n", "1:1", Reason.EMPTY_FILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void problemsCarryTheirLineColumnAndReason(String yaml, String position, Reason reason) {
        List<FileProblem> problems = invalid(yaml);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line() + ":" + p.column()).isEqualTo(position);
            assertThat(p.reason()).isEqualTo(reason);
            assertThat(p.toString()).startsWith("p.yaml:" + position + ": " + reason.prefix());
        });
    }

    @Test
    void unknownOptionsSuggestTheKnownOne() {
        assertThat(invalid("credential: true\norigins: [https://a.example]\nexposeHeaders: [X]\nmaxage: 1\n"))
                .extracting(FileProblem::message).containsExactly(
                        "unknown option: 'credential'; did you mean 'credentials'?",
                        "unknown option: 'origins'; did you mean 'origin'?",
                        "unknown option: 'exposeHeaders'; did you mean 'exposedHeaders'?",
                        "unknown option: 'maxage'; did you mean 'maxAge'?");
        assertThat(invalid("colour: blue\n")).singleElement().extracting(FileProblem::message).asString()
                .contains("known options: origin, methods");
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        List<FileProblem> problems = invalid("""
                origin: ["https://a.example/", "null"]
                method: [PUT]
                credentials: yes please
                maxAge: -3
                """);

        assertThat(problems).extracting(p -> p.line() + ":" + p.column())
                .containsExactly("1:10", "1:32", "2:1", "3:14", "4:9");
    }

    @Test
    void aliasBombsDeepNestingAndHugeFilesFailCleanly(@TempDir Path dir) throws Exception {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nendpoints: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertThat(PolicyFile.parse(bomb, "bomb.yaml")).isInstanceOf(PolicyFile.Loaded.Invalid.class);
        assertThat(PolicyFile.parse("origin: " + "[".repeat(5000) + "]".repeat(5000), "deep.yaml"))
                .isInstanceOf(PolicyFile.Loaded.Invalid.class);
        Path huge = Files.writeString(dir.resolve("huge.yaml"), "# x\n".repeat(300_000));
        assertThat(PolicyFile.load(huge)).isInstanceOfSatisfying(PolicyFile.Loaded.Invalid.class,
                i -> assertThat(i.problems()).singleElement().extracting(FileProblem::reason).isEqualTo(Reason.FILE_TOO_LARGE));
    }

    @Test
    void unreadableAndNonUtf8FilesAreProblemsNotExceptions(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'o', ':', ' ', (byte) 0xe9, '\n'});

        assertThat(PolicyFile.load(dir.resolve("missing.yaml"))).isInstanceOfSatisfying(PolicyFile.Loaded.Invalid.class,
                i -> assertThat(i.problems()).singleElement().extracting(FileProblem::reason).isEqualTo(Reason.UNREADABLE_FILE));
        assertThat(PolicyFile.load(latin1)).isInstanceOfSatisfying(PolicyFile.Loaded.Invalid.class,
                i -> assertThat(i.problems().get(0).message()).contains("not UTF-8"));
        assertThat(PolicyFile.load(dir)).isInstanceOf(PolicyFile.Loaded.Invalid.class);
    }

    private static CorsPolicy valid(String yaml) {
        PolicyFile.Loaded loaded = PolicyFile.parse(yaml, "p.yaml");
        assertThat(loaded).as(loaded.toString()).isInstanceOf(PolicyFile.Loaded.Valid.class);
        return ((PolicyFile.Loaded.Valid) loaded).policy();
    }

    private static List<FileProblem> invalid(String yaml) {
        PolicyFile.Loaded loaded = PolicyFile.parse(yaml, "p.yaml");
        assertThat(loaded).isInstanceOf(PolicyFile.Loaded.Invalid.class);
        return ((PolicyFile.Loaded.Invalid) loaded).problems();
    }
}
