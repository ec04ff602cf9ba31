package dev.corstck.tck.simulator;

import static dev.corstck.tck.simulator.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CORS-safelisted request headers and their value rules (R-REQHDR-01…07): a header that is not
 * safelisted makes a GET preflight and appears in {@code Access-Control-Request-Headers}.
 */
class SafelistedRequestHeaderTests {

    /** {@code firefoxAcrh}: Firefox judges each appended value alone, with no 1024-byte total (browser-verified). */
    record Row(String id, HeaderList headers, String specAcrh, String chromiumAcrh, String firefoxAcrh) {

        Row(String id, HeaderList headers, String specAcrh, String chromiumAcrh) {
            this(id, headers, specAcrh, chromiumAcrh, specAcrh);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Row row(String id, String name, String value, String acrh) {
        return new Row(id, HeaderList.of(name, value), acrh, acrh);
    }

    static Stream<Row> rows() {
        String a120 = "a".repeat(120);
        HeaderList nineAccepts = HeaderList.empty();
        for (int i = 0; i < 9; i++) {
            nineAccepts = nineAccepts.with("Accept", a120);
        }
        return Stream.of(
                row("accept-plain", "Accept", "application/json", ""),
                row("accept-128-bytes", "Accept", "a".repeat(128), ""),
                row("accept-129-bytes", "Accept", "a".repeat(129), "accept"),
                row("accept-quote", "Accept", "\"", "accept"),
                row("accept-colon", "Accept", "a:b", "accept"),
                row("accept-del", "Accept", "a\u007fb", "accept"),
                row("accept-comma-slash-semicolon-equals", "Accept", "text/html,a/b;q=1", ""),
                row("accept-language-fr", "Accept-Language", "fr", ""),
                row("accept-language-at", "Accept-Language", "fr@x", "accept-language"),
                row("accept-language-control", "Accept-Language", "\u0001", "accept-language"),
                row("content-language-en-us", "Content-Language", "en-US, de;q=0.5", ""),
                row("content-language-slash", "Content-Language", "en/us", "content-language"),
                row("content-type-text-plain", "Content-Type", "text/plain", ""),
                row("content-type-mixed-case", "Content-Type", "Text/Plain;charset=utf-8", ""),
                row("content-type-garbage-parameter", "Content-Type", "text/plain;garbage", ""),
                row("content-type-form", "Content-Type", "application/x-www-form-urlencoded", ""),
                row("content-type-multipart", "Content-Type", "multipart/form-data; boundary=x", ""),
                row("content-type-json", "Content-Type", "application/json", "content-type"),
                row("content-type-html", "Content-Type", "text/html", "content-type"),
                row("content-type-space-before-slash", "Content-Type", "text /plain", "content-type"),
                row("content-type-tabs", "Content-Type", "text\t/\tplain", "content-type"),
                row("content-type-list", "Content-Type", "text/plain,text/plain", "content-type"),
                row("content-type-trailing-comma", "Content-Type", "text/plain,", "content-type"),
                row("content-type-leading-comma", "Content-Type", ",text/plain", "content-type"),
                row("content-type-missing-x", "Content-Type", "application/www-form-urlencoded", "content-type"),
                row("content-type-vertical-tab", "Content-Type", "text/plain\u000b", "content-type"),
                row("content-type-quoted-parameter-byte", "Content-Type", "multipart/form-data;\"", "content-type"),
                row("content-type-long-parameter", "Content-Type", "text/plain;" + "a".repeat(120), "content-type"),
                row("range-start", "Range", "bytes=200-", ""),
                row("range-start-end", "Range", "bytes=100-200", ""),
                row("range-equal", "Range", "bytes=100-100", ""),
                row("range-suffix", "Range", "bytes=-200", "range"),
                row("range-reversed", "Range", "bytes=200-100", "range"),
                row("range-multi", "Range", "bytes=100-200,300-400", "range"),
                row("range-whitespace", "Range", "bytes = 100-200", "range"),
                row("range-no-equals", "Range", "bytes 0-", "range"),
                row("range-other-unit", "Range", "items=0-", "range"),
                row("last-event-id-is-unsafe", "Last-Event-ID", "1", "last-event-id"),
                row("authorization-is-unsafe", "Authorization", "Bearer x", "authorization"),
                row("x-requested-with-is-unsafe", "X-Requested-With", "XMLHttpRequest", "x-requested-with"),
                new Row("save-data-chromium-only", HeaderList.of("Save-Data", "on"), "save-data", ""),
                new Row("dpr-chromium-only", HeaderList.of("DPR", "2.0"), "dpr", ""),
                new Row("ect-chromium-only", HeaderList.of("ECT", "4g"), "ect", ""),
                new Row("ect-bad-value", HeaderList.of("ECT", "5g"), "ect", "ect"),
                new Row("total-over-1024-makes-all-unsafe", nineAccepts, "accept", "accept", ""),
                new Row("two-content-type-entries-combine", HeaderList.of("Content-Type", "text/plain",
                        "Content-Type", "text/plain"), "content-type", "content-type", ""),
                new Row("sorted-lowercase-deduplicated", HeaderList.of("X-B", "1", "x-a", "2", "X-B", "3",
                        "Content-Type", "application/json"), "content-type,x-a,x-b", "content-type,x-a,x-b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void listsExactlyTheUnsafeNames(Row row) {
        assertAcrh(BrowserProfile.SPEC, row.headers(), row.specAcrh());
        assertAcrh(BrowserProfile.CHROMIUM, row.headers(), row.chromiumAcrh());
        assertAcrh(BrowserProfile.FIREFOX, row.headers(), row.firefoxAcrh());
    }

    private static void assertAcrh(BrowserProfile profile, HeaderList headers, String expected) {
        Prediction p = predict(profile, get().withHeaders(headers), permissive());
        assertThat(p.outcome()).as(profile.name()).isEqualTo(Outcome.CORS_OK);
        if (expected.isEmpty()) {
            assertThat(p.preflight()).as(profile.name()).isEqualTo(PreflightUse.NO_PREFLIGHT);
        } else {
            assertThat(p.preflightRequest().orElseThrow().headers().first("Access-Control-Request-Headers"))
                    .as(profile.name()).contains(expected);
        }
    }
}
