package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.corstck.harness.engine.EngineException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptResultsTests {

    @Test
    void returnsTheStringTheScriptResolvedTo() throws EngineException {
        assertThat(ScriptResults.string(JsonParser.parseString("{\"type\": \"success\", \"result\":"
                + " {\"type\": \"string\", \"value\": \"{}\"}}").getAsJsonObject())).isEqualTo("{}");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("threw", "{\"type\": \"exception\", \"exceptionDetails\": {\"text\": \"boom\"}}",
                        "the script threw: boom"),
                Arguments.of("resolved to a number", "{\"type\": \"success\", \"result\": {\"type\": \"number\","
                        + " \"value\": 1}}", "the script resolved to a number, not to a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void explainsWhyThereIsNoString(String name, String json, String message) {
        assertThatThrownBy(() -> ScriptResults.string(JsonParser.parseString(json).getAsJsonObject()))
                .isInstanceOf(EngineException.class).hasMessage(message);
    }
}
