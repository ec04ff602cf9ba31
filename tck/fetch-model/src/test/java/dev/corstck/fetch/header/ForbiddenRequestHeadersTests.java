package dev.corstck.fetch.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forbidden request-header names (fetch#forbidden-request-header), once for the simulator and the policy reader. */
class ForbiddenRequestHeadersTests {

    record Row(String id, String name, String value, boolean forbidden) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("origin", "Origin", "x", true),
                new Row("cookie-any-case", "COOKIE", "x", true),
                new Row("proxy-prefix", "Proxy-Authorization", "x", true),
                new Row("sec-prefix", "Sec-Fetch-Mode", "x", true),
                new Row("acrm", "Access-Control-Request-Method", "x", true),
                new Row("authorization-allowed", "Authorization", "x", false),
                new Row("custom-allowed", "X-Custom", "x", false),
                new Row("content-type-allowed", "Content-Type", "text/plain", false),
                new Row("override-to-trace", "X-HTTP-Method-Override", "TRACE", true),
                new Row("override-list-with-connect", "X-Method-Override", "GET, connect", true),
                new Row("override-to-put", "X-HTTP-Method", "PUT", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void classifiesHeader(Row row) {
        assertThat(ForbiddenRequestHeaders.isForbidden(row.name(), row.value())).isEqualTo(row.forbidden());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void nameAloneIgnoresMethodOverrides(Row row) {
        boolean override = row.name().startsWith("X-") && row.name().contains("Method");
        assertThat(ForbiddenRequestHeaders.isForbiddenName(row.name())).isEqualTo(row.forbidden() && !override);
    }
}
