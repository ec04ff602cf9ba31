package dev.corstck.harness.webkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.harness.engine.EngineException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AsyncScriptTests {

    @Test
    void wrapsTheExpressionWithoutItsTrailingSemicolons() {
        String script = AsyncScript.wrap("  Promise.resolve('x');; \n");

        assertThat(script).contains("resolve((\nPromise.resolve('x')\n))")
                .startsWith("const done = arguments[arguments.length - 1];");
    }

    @Test
    void unwrapsTheString() throws EngineException {
        assertThat(AsyncScript.unwrap(Map.of("value", "{\"ok\":true}"))).isEqualTo("{\"ok\":true}");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("rejected", Map.of("thrown", "TypeError: x"), "the script threw: TypeError: x"),
                Arguments.of("not a string", Map.of("type", "number"), "the script resolved to a number, not to a string"),
                Arguments.of("no callback object", "plain", "the script called back with plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void explainsWhyThereIsNoString(String name, Object callback, String message) {
        assertThatThrownBy(() -> AsyncScript.unwrap(callback)).isInstanceOf(EngineException.class).hasMessage(message);
    }
}
