package dev.corstck.fetch.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Method facts CORS depends on (fetch#concept-method), shared by reference-impl and the simulator. */
class MethodsTests {

    record Row(String id, String method, String normalized, boolean safelisted, boolean forbidden) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("get", "GET", "GET", true, false),
                new Row("lowercase-post-normalized", "post", "POST", false, false),
                new Row("lowercase-patch-kept", "patch", "patch", false, false),
                new Row("put", "PUT", "PUT", false, false),
                new Row("trace-any-case", "trace", "trace", false, true),
                new Row("connect", "CONNECT", "CONNECT", false, true),
                new Row("track", "Track", "Track", false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void knowsTheMethod(Row row) {
        assertThat(Methods.normalize(row.method())).isEqualTo(row.normalized());
        // Safelisting is case-sensitive, on the method as given (fetch#cors-safelisted-method).
        assertThat(Methods.isCorsSafelisted(row.method())).isEqualTo(row.safelisted());
        assertThat(Methods.isForbidden(row.method())).isEqualTo(row.forbidden());
        assertThat(Methods.isMethod(row.method())).isTrue();
    }
}
