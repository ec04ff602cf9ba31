package dev.corstck.reference.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.origin.OriginMatcher;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorsPolicyTests {

    @Test
    void defaultsAreDenyAllWithExpressMethodsAndReflectedHeaders() {
        CorsPolicy p = CorsPolicy.denyAll();

        assertThat(p.origin()).isInstanceOf(AllowedOrigins.None.class);
        assertThat(p.methods()).isEqualTo(CorsPolicyBuilder.DEFAULT_METHODS)
                .containsExactly("GET", "HEAD", "PUT", "PATCH", "POST", "DELETE");
        assertThat(p.allowedHeaders()).isInstanceOf(AllowedHeaders.Reflect.class);
        assertThat(p.exposedHeaders()).isEmpty();
        assertThat(p.credentials()).isFalse();
        assertThat(p.maxAge()).isEmpty();
        assertThat(p.preflightContinue()).isFalse();
        assertThat(p.optionsSuccessStatus()).isEqualTo(CorsPolicyBuilder.DEFAULT_OPTIONS_SUCCESS_STATUS).isEqualTo(204);
        assertThat(p.allowPrivateNetwork()).isFalse();
        assertThat(p.variesByOrigin()).isFalse();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                refusal("wildcard origin with credentials", Reason.WILDCARD_ORIGIN_WITH_CREDENTIALS, "origin",
                        () -> CorsPolicy.builder().anyOrigin().credentials(true)),
                refusal("reflect any origin with credentials", Reason.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS, "origin",
                        () -> CorsPolicy.builder().reflectAnyOrigin().credentials(true)),
                refusal("http origin with credentials", Reason.INSECURE_ORIGIN_WITH_CREDENTIALS, "origin[1]",
                        () -> CorsPolicy.builder().origins("https://a.example", "http://b.example").credentials(true)),
                refusal("http wildcard with credentials", Reason.INSECURE_ORIGIN_WITH_CREDENTIALS, "origin[0]",
                        () -> CorsPolicy.builder().origins("http://*.b.example").credentials(true)),
                refusal("http pattern with credentials", Reason.INSECURE_ORIGIN_WITH_CREDENTIALS, "origin[0]",
                        () -> CorsPolicy.builder().originPattern("https?://b\\.example").credentials(true)),
                refusal("null origin", Reason.NULL_ORIGIN, "origin[1]",
                        () -> CorsPolicy.builder().origins("https://a.example", "null")),
                refusal("malformed origin", Reason.MALFORMED_ORIGIN, "origin[0]",
                        () -> CorsPolicy.builder().origins("https://a.example/")),
                refusal("malformed wildcard", Reason.MALFORMED_ORIGIN, "origin[0]",
                        () -> CorsPolicy.builder().origins("https://*.com")),
                refusal("malformed pattern", Reason.MALFORMED_PATTERN, "origin[0]",
                        () -> CorsPolicy.builder().originPattern("https://(a")),
                refusal("unescaped dot", Reason.UNESCAPED_DOT_IN_PATTERN, "origin[0]",
                        () -> CorsPolicy.builder().originPattern("https://app.myapp\\.com")),
                refusal("malformed method", Reason.MALFORMED_METHOD, "methods[1]",
                        () -> CorsPolicy.builder().methods("GET", "PU T")),
                refusal("forbidden method", Reason.FORBIDDEN_METHOD, "methods[0]",
                        () -> CorsPolicy.builder().methods("TRACE")),
                refusal("lowercase put", Reason.NON_NORMALIZED_METHOD, "methods[0]",
                        () -> CorsPolicy.builder().methods("put")),
                refusal("methods star with credentials", Reason.WILDCARD_METHODS_WITH_CREDENTIALS, "methods[0]",
                        () -> CorsPolicy.builder().origins("https://a.example").methods("*").credentials(true)),
                refusal("malformed header", Reason.MALFORMED_HEADER_NAME, "allowedHeaders[0]",
                        () -> CorsPolicy.builder().allowedHeaders("X Custom")),
                refusal("headers star with credentials", Reason.WILDCARD_HEADERS_WITH_CREDENTIALS, "allowedHeaders[0]",
                        () -> CorsPolicy.builder().origins("https://a.example").allowedHeaders("*").credentials(true)),
                refusal("exposed star with credentials", Reason.WILDCARD_EXPOSED_HEADERS_WITH_CREDENTIALS,
                        "exposedHeaders[0]",
                        () -> CorsPolicy.builder().origins("https://a.example").exposedHeaders("*").credentials(true)),
                refusal("exposed set-cookie", Reason.FORBIDDEN_EXPOSED_HEADER, "exposedHeaders[0]",
                        () -> CorsPolicy.builder().exposedHeaders("Set-Cookie")),
                refusal("negative max age", Reason.MAX_AGE_OUT_OF_RANGE, "maxAge", () -> CorsPolicy.builder().maxAge(-1)),
                refusal("huge max age", Reason.MAX_AGE_OUT_OF_RANGE, "maxAge", () -> CorsPolicy.builder().maxAge(86_401)),
                refusal("options status 301", Reason.OPTIONS_SUCCESS_STATUS_NOT_OK, "optionsSuccessStatus",
                        () -> CorsPolicy.builder().optionsSuccessStatus(301)));
    }

    private static Arguments refusal(String name, Reason reason, String option, Supplier<CorsPolicyBuilder> builder) {
        return Arguments.of(name, reason, option, builder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void insecureOrMalformedPoliciesAreRefusedWithTypedAdvice(String name, Reason reason, String option,
            Supplier<CorsPolicyBuilder> builder) {
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> builder.get().build());

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.reason()).isEqualTo(reason);
            assertThat(p.option()).isEqualTo(option);
            assertThat(p.message()).startsWith(reason.prefix() + ": ");
        });
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> CorsPolicy.builder()
                .origins("https://a.example/", "http://b.example").methods("put", "TRACE").allowedHeaders("*")
                .exposedHeaders("Set-Cookie").credentials(true).maxAge(-5).optionsSuccessStatus(500).build());

        assertThat(e.problems()).extracting(PolicyProblem::reason).containsExactlyInAnyOrder(
                Reason.MALFORMED_ORIGIN, Reason.INSECURE_ORIGIN_WITH_CREDENTIALS, Reason.NON_NORMALIZED_METHOD,
                Reason.FORBIDDEN_METHOD, Reason.WILDCARD_HEADERS_WITH_CREDENTIALS, Reason.FORBIDDEN_EXPOSED_HEADER,
                Reason.MAX_AGE_OUT_OF_RANGE, Reason.OPTIONS_SUCCESS_STATUS_NOT_OK);
        assertThat(e.getMessage()).startsWith("invalid CORS policy (8 problems):\n");
    }

    @Test
    void dangerousOptInsAllowWhatTheyName() {
        assertThat(CorsPolicy.builder().reflectAnyOrigin().credentials(true)
                .dangerouslyReflectAnyOriginWithCredentials(true).build().origin()).isInstanceOf(AllowedOrigins.ReflectAny.class);
        assertThat(CorsPolicy.builder().origins("null").dangerouslyAllowNullOrigin(true).build()
                .dangerouslyAllowNullOrigin()).isTrue();
        assertThat(CorsPolicy.builder().origins("http://b.example").credentials(true)
                .dangerouslyAllowInsecureOriginsWithCredentials(true).build().credentials()).isTrue();
        assertThat(CorsPolicy.builder().origins("http://localhost:3000", "http://127.0.0.1:3000", "http://app.localhost")
                .credentials(true).build().credentials()).as("loopback http origins are potentially trustworthy").isTrue();
    }

    @Test
    void wildcardOriginCannotBeRescuedByAnOptIn() {
        assertThatThrownBy(() -> CorsPolicy.builder().anyOrigin().credentials(true)
                .dangerouslyReflectAnyOriginWithCredentials(true).dangerouslyAllowInsecureOriginsWithCredentials(true)
                .build()).isInstanceOf(InvalidPolicyException.class).hasMessageContaining("origin '*' cannot be combined");
    }

    @Test
    void originsMixExactWildcardAndPatternEntries() {
        CorsPolicy p = CorsPolicy.builder().origins("https://a.example", "https://*.b.example")
                .originPattern("https://c[0-9]\\.example").build();

        assertThat(((AllowedOrigins.Listed) p.origin()).entries()).hasSize(3)
                .hasExactlyElementsOfTypes(OriginMatcher.Exact.class, OriginMatcher.Wildcard.class, OriginMatcher.Regex.class);
        assertThat(p.origin().allows(origin("https://x.b.example"))).isTrue();
        assertThat(p.origin().allows(origin("https://c7.example"))).isTrue();
        assertThat(p.origin().allows(origin("https://b.example"))).isFalse();
        assertThat(p.variesByOrigin()).isTrue();
    }

    @Test
    void toBuilderAndFileFormatRoundTrip() {
        CorsPolicy p = CorsPolicy.builder().origins("https://a.example", "https://*.b.example")
                .originPattern("https://c[0-9]\\.example").methods("GET", "PUT").allowedHeaders("Authorization")
                .exposedHeaders("X-Id").credentials(true).maxAge(600).preflightContinue(true).optionsSuccessStatus(200)
                .allowPrivateNetwork(true).dangerouslyAllowNullOrigin(true).build();

        assertThat(p.toBuilder().build()).isEqualTo(p);
        PolicyFile.Loaded loaded = PolicyFile.parse(PolicyFile.format(p), "<formatted>");
        assertThat(loaded).isInstanceOfSatisfying(PolicyFile.Loaded.Valid.class,
                v -> assertThat(v.policy()).isEqualTo(p));
    }

    @Test
    void listsAreCopiedSoThePolicyStaysImmutable() {
        List<String> methods = new java.util.ArrayList<>(List.of("GET"));
        CorsPolicy p = new CorsPolicy(new AllowedOrigins.None(), methods, new AllowedHeaders.Reflect(), List.of(),
                false, java.util.OptionalInt.empty(), false, 204, false, false, false, false);
        methods.add("PUT");

        assertThat(p.methods()).containsExactly("GET");
    }

    private static TupleOrigin origin(String text) {
        return TupleOrigin.fromHeader(text).orElseThrow();
    }
}
