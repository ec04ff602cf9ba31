package dev.corstck.tck.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.policy.FileProblem;
import dev.corstck.reference.policy.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GradingPolicyFileTests {

    private static GradingPolicy valid(String yaml) {
        GradingPolicyFile.Loaded loaded = GradingPolicyFile.parse(yaml, "t.yaml");
        assertThat(loaded).as(String.valueOf(loaded)).isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        return ((GradingPolicyFile.Loaded.Valid) loaded).policy();
    }

    private static GradingPolicyFile.Loaded.Invalid invalid(String yaml) {
        GradingPolicyFile.Loaded loaded = GradingPolicyFile.parse(yaml, "t.yaml");
        assertThat(loaded).isInstanceOf(GradingPolicyFile.Loaded.Invalid.class);
        return (GradingPolicyFile.Loaded.Invalid) loaded;
    }

    @Test
    void readsDeclaredEndpointsInFullAndShortForm() {
        GradingPolicy policy = valid("""
                origin: https://myapp.com
                credentials: true
                allowedHeaders: [Content-Type, Authorization]
                endpoints:
                  - /api/status
                  - path: /api/items?page=1
                    methods: [GET, PUT, patch]
                    credentials: omit
                    status: 201
                    headers: Authorization, X-Trace
                    body: json
                """);
        assertThat(policy.source()).isEqualTo(GradingPolicy.EndpointSource.DECLARED);
        assertThat(policy.endpoints()).containsExactly(
                Endpoint.get("/api/status", CredentialsMode.INCLUDE),
                new Endpoint("/api/items?page=1", List.of("GET", "PUT", "patch"), CredentialsMode.OMIT, 201,
                        List.of("Authorization", "X-Trace"), BodyType.JSON));
        assertThat(policy.cors().credentials()).isTrue();
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of("credentialed policy probes GET / with credentials", "origin: https://a.example\n"
                        + "credentials: true\n", CredentialsMode.INCLUDE),
                Arguments.of("public policy probes GET / without", "origin: \"*\"\n", CredentialsMode.OMIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void withoutEndpointsProbesGetSlash(String name, String yaml, CredentialsMode credentials) {
        GradingPolicy policy = valid(yaml);
        assertThat(policy.source()).isEqualTo(GradingPolicy.EndpointSource.DEFAULTED);
        assertThat(policy.endpoints()).containsExactly(Endpoint.get("/", credentials));
    }

    static Stream<Arguments> badEndpoints() {
        return Stream.of(
                Arguments.of("not a list", "endpoints: /api\n", List.of("2:12 NOT_A_LIST")),
                Arguments.of("empty list", "endpoints: []\n", List.of("2:12 EMPTY_LIST")),
                Arguments.of("number entry", "endpoints:\n  - [a]\n", List.of("3:5 NOT_AN_ENDPOINT")),
                Arguments.of("relative path", "endpoints:\n  - api/x\n", List.of("3:5 MALFORMED_PATH")),
                Arguments.of("missing path", "endpoints:\n  - methods: [GET]\n", List.of("3:5 MISSING_PATH")),
                Arguments.of("forbidden method", "endpoints:\n  - {path: /a, methods: [TRACE]}\n",
                        List.of("3:26 FORBIDDEN_METHOD")),
                Arguments.of("forbidden header", "endpoints:\n  - {path: /a, headers: [Cookie]}\n",
                        List.of("3:26 FORBIDDEN_REQUEST_HEADER")),
                Arguments.of("status text", "endpoints:\n  - {path: /a, status: ok}\n",
                        List.of("3:24 STATUS_OUT_OF_RANGE")),
                Arguments.of("unknown key", "endpoints:\n  - {path: /a, verb: GET}\n", List.of("3:16 UNKNOWN_KEY")),
                Arguments.of("methods as a mapping", "endpoints:\n  - {path: /a, methods: {a: b}}\n",
                        List.of("3:25 WRONG_TYPE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEndpoints")
    void badEndpointsAreReportedWithLineAndColumn(String name, String endpoints, List<String> expected) {
        GradingPolicyFile.Loaded.Invalid invalid = invalid("origin: https://a.example\n" + endpoints);
        assertThat(invalid.corsProblems()).isEmpty();
        assertThat(invalid.endpointProblems()).extracting(p -> p.line() + ":" + p.column() + " " + p.reason())
                .containsExactlyElementsOf(expected);
        assertThat(invalid.endpointProblems()).allSatisfy(p ->
                assertThat(p.message()).startsWith(p.reason().prefix()));
    }

    @Test
    void listsEveryProblemOfBothPartsInFileOrder() {
        GradingPolicyFile.Loaded.Invalid invalid = invalid("""
                origin: "*"
                credentials: true
                methods: [GET, "bad method"]
                endpoints:
                  - path: /ok
                    body: xml
                  - path: nope
                  - path: /a
                    credentials: sometimes
                    status: 700
                    status: 200
                """);
        assertThat(invalid.corsProblems()).extracting(FileProblem::reason)
                .contains(Reason.WILDCARD_ORIGIN_WITH_CREDENTIALS, Reason.MALFORMED_METHOD);
        assertThat(invalid.endpointProblems()).extracting(EndpointProblem::reason).containsExactly(
                EndpointReason.UNKNOWN_BODY, EndpointReason.MALFORMED_PATH, EndpointReason.UNKNOWN_CREDENTIALS,
                EndpointReason.STATUS_OUT_OF_RANGE, EndpointReason.DUPLICATE_KEY);
        List<String> messages = invalid.messages();
        assertThat(messages).hasSize(invalid.corsProblems().size() + 5);
        assertThat(messages).allMatch(m -> m.matches("t\\.yaml:\\d+:\\d+: .+"));
        assertThat(messages).isSortedAccordingTo((a, b) -> Integer.compare(line(a), line(b)));
        assertThat(messages.get(messages.size() - 1)).startsWith("t.yaml:11:5: an endpoint key is given twice");
    }

    @Test
    void yamlSyntaxErrorIsOneProblemWithItsLine() {
        GradingPolicyFile.Loaded.Invalid invalid = invalid("origin: https://a.example\nendpoints:\n  - [unclosed\n");
        assertThat(invalid.messages()).hasSize(1);
        assertThat(invalid.corsProblems().get(0).reason()).isEqualTo(Reason.YAML_SYNTAX);
        assertThat(invalid.corsProblems().get(0).line()).as("the end of the input, where the [ is still open")
                .isEqualTo(4);
    }

    @Test
    void loadsFilesAndReportsUnreadableOnes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yaml"), "origin: https://a.example\nendpoints: [/x]\n");
        assertThat(GradingPolicyFile.load(file)).isInstanceOf(GradingPolicyFile.Loaded.Valid.class);
        GradingPolicyFile.Loaded missing = GradingPolicyFile.load(dir.resolve("missing.yaml"));
        assertThat(((GradingPolicyFile.Loaded.Invalid) missing).messages()).singleElement().asString()
                .contains("missing.yaml").contains("cannot be read");
        Path binary = Files.write(dir.resolve("bin.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(((GradingPolicyFile.Loaded.Invalid) GradingPolicyFile.load(binary)).messages()).singleElement()
                .asString().contains("UTF-8");
    }

    private static int line(String message) {
        return Integer.parseInt(message.split(":")[1]);
    }
}
