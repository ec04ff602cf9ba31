package dev.corstck.fetch.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One origin type for the simulator and reference-impl: tuple or opaque, same-origin and the approximated site. */
class TupleAndOpaqueTests {

    record Row(String id, String text, String serialized, String site) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("https-default-port", "https://app.example:443", "https://app.example", "https://app.example"),
                new Row("subdomain-site-is-last-two-labels", "https://api.app.example", "https://api.app.example",
                        "https://app.example"),
                new Row("localhost-subdomains-are-sites", "http://app.localhost:8080", "http://app.localhost:8080",
                        "http://app.localhost"),
                new Row("ipv4-site-is-the-address", "http://127.0.0.1:3000", "http://127.0.0.1:3000",
                        "http://127.0.0.1"),
                new Row("ipv6-compressed", "http://[0:0:0:0:0:0:0:1]:8080", "http://[::1]:8080", "http://[::1]"),
                new Row("idna-host", "https://bücher.example", "https://xn--bcher-kva.example",
                        "https://xn--bcher-kva.example"),
                new Row("uppercase", "HTTP://APP.Example", "http://app.example", "http://app.example"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parsesTupleOrigins(Row row) {
        Origin origin = Origin.parse(row.text());

        assertThat(origin).isInstanceOf(TupleOrigin.class);
        assertThat(origin.serialize()).isEqualTo(row.serialized());
        assertThat(origin.site()).isEqualTo(row.site());
        assertThat(origin.isSameOrigin(Origin.parse(row.serialized()))).isTrue();
    }

    @Test
    void nullIsAFreshOpaqueOriginSameOriginWithNothing() {
        Origin opaque = Origin.parse("null");

        assertThat(opaque).isInstanceOf(OpaqueOrigin.class);
        assertThat(opaque.serialize()).isEqualTo("null");
        assertThat(opaque.isSameOrigin(opaque)).isFalse();
        assertThat(opaque).isNotEqualTo(Origin.opaque());
        assertThat(Origin.parse("https://app.example").isSameOrigin(opaque)).isFalse();
    }

    @Test
    void textThatIsNoOriginSaysWhy() {
        assertThatThrownBy(() -> Origin.parse("https://app.example/path"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an origin: ");
    }
}
