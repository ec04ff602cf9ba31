package dev.corstck.fetch.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CORS-safelisted request-header rules (fetch#cors-safelisted-request-header), once for every module. */
class SafelistedRequestHeadersTests {

    record Row(String id, String name, String value, boolean safelisted, boolean noCors) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("accept-any-case", "ACCEPT", "application/json", true, true),
                new Row("accept-unsafe-byte", "Accept", "a(b", false, false),
                new Row("accept-language", "Accept-Language", "en-US,en;q=0.9", true, true),
                new Row("content-language-bad-byte", "Content-Language", "en/us", false, false),
                new Row("content-type-text-plain-with-charset", "Content-Type", "text/plain; charset=utf-8", true, true),
                new Row("content-type-json", "Content-Type", "application/json", false, false),
                new Row("content-type-over-128-bytes", "Content-Type", "text/plain;" + "a".repeat(120), false, false),
                new Row("range-simple", "Range", "bytes=0-99", true, false),
                new Row("range-suffix", "Range", "bytes=-500", false, false),
                new Row("authorization", "Authorization", "Bearer x", false, false),
                new Row("client-hint-without-the-profile", "DPR", "2", false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void classifiesHeader(Row row) {
        assertThat(SafelistedRequestHeaders.isCorsSafelisted(row.name(), row.value(), false)).isEqualTo(row.safelisted());
        assertThat(SafelistedRequestHeaders.isNoCorsSafelisted(row.name(), row.value(), false)).isEqualTo(row.noCors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void clientHintsAddOnlyClientHints(Row row) {
        boolean hint = row.name().equals("DPR");
        assertThat(SafelistedRequestHeaders.isCorsSafelisted(row.name(), row.value(), true))
                .isEqualTo(row.safelisted() || hint);
    }
}
