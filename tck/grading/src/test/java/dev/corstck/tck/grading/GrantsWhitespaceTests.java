package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import org.junit.jupiter.api.Test;

/**
 * Grading reads header values as a browser does: only HTTP whitespace (tab, LF, CR, space) is trimmed
 * (fetch#concept-header-value-normalize), so a value padded with U+001F, which {@link String#strip()} would remove,
 * is no match, exactly as the simulator's CORS check says.
 */
class GrantsWhitespaceTests {

    private static final String ORIGIN = "http://app.localhost:8080";

    @Test
    void httpWhitespacePaddingStillGrants() {
        RawResponse padded = response("Access-Control-Allow-Origin", " \t" + ORIGIN + "\t ",
                "Access-Control-Allow-Credentials", "\ttrue ");

        assertThat(Grants.grants(padded, ORIGIN)).isTrue();
        assertThat(Grants.reflects(padded, ORIGIN)).isTrue();
        assertThat(Grants.allowsCredentials(padded)).isTrue();
    }

    @Test
    void unitSeparatorPaddingIsNoMatch() {
        RawResponse padded = response("Access-Control-Allow-Origin", "\u001F" + ORIGIN + "\u001F",
                "Access-Control-Allow-Credentials", "true\u001F");

        assertThat(Grants.grants(padded, ORIGIN)).isFalse();
        assertThat(Grants.reflects(padded, ORIGIN)).isFalse();
        assertThat(Grants.allowsCredentials(padded)).isFalse();
    }

    @Test
    void unitSeparatorAroundTheWildcardIsNoWildcard() {
        RawResponse padded = response("Access-Control-Allow-Origin", "*\u001C");

        assertThat(Grants.isWildcard(padded)).isFalse();
        assertThat(Grants.grants(padded, ORIGIN)).isFalse();
    }

    @Test
    void aListElementPaddedWithUnitSeparatorIsNotListed() {
        RawResponse padded = response("Vary", "Accept, \u001FOrigin");

        assertThat(Grants.lists(padded, "Vary", "Origin")).isFalse();
        assertThat(Grants.lists(padded, "Vary", "accept")).isTrue();
    }

    private static RawResponse response(String... namesAndValues) {
        return RawResponse.of(200, HeaderList.of(namesAndValues));
    }
}
