package dev.corstck.harness.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RedirectMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.harness.Body;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java side of the glue's JSON contract. */
class GlueProtocolTests {

    @Test
    void expressionCarriesEveryFetchOption() {
        FetchCall call = FetchCall.to("PUT", "http://localhost:1/x").withHeader("X-A", "1")
                .withBody(Body.blob("{}", "application/json")).withMode(RequestMode.NO_CORS)
                .withCredentials(CredentialsMode.INCLUDE).withRedirect(RedirectMode.MANUAL);
        String js = GlueProtocol.expression(List.of(call), true, Duration.ofSeconds(3));
        assertThat(js).startsWith("window.__corsTck.run({").contains("\"mode\":\"no-cors\"",
                "\"credentials\":\"include\"", "\"redirect\":\"manual\"", "[\"X-A\",\"1\"]", "\"kind\":\"BLOB\"",
                "\"blobType\":\"application/json\"", "\"parallel\":true", "\"fetchTimeoutMs\":3000");
    }

    static Stream<Arguments> phases() {
        return Stream.of(Arguments.of("threw", "", Outcome.THROWS_SYNC), Arguments.of("rejected", "", Outcome.NETWORK_ERROR),
                Arguments.of("resolved", "cors", Outcome.CORS_OK), Arguments.of("resolved", "basic", Outcome.BASIC),
                Arguments.of("resolved", "opaque", Outcome.OPAQUE),
                Arguments.of("resolved", "opaqueredirect", Outcome.OPAQUE_REDIRECT),
                Arguments.of("resolved", "error", Outcome.ERROR), Arguments.of("timeout", "", Outcome.ERROR));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("phases")
    void phaseAndTypeMapToOutcomes(String phase, String type, Outcome expected) {
        String json = "{\"origin\":\"null\",\"results\":[{\"id\":\"a\",\"phase\":\"" + phase + "\",\"type\":\""
                + type + "\",\"status\":0,\"headers\":[[\"x-a\",\"1\"]],\"started\":1.5,\"settled\":2}]}";
        GlueResult r = GlueProtocol.parse(json, 1).results().get(0);
        assertThat(ObservationAssembler.outcome(r)).isEqualTo(expected);
        assertThat(r.headers()).singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("x-a"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not json", "{\"glueError\":\"frame gone\"}", "{\"results\":[]}"})
    void badAnswersFailWithTheReason(String json) {
        assertThatThrownBy(() -> GlueProtocol.parse(json, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("glue");
    }
}
