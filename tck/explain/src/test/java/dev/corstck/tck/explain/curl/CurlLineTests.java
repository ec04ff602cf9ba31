package dev.corstck.tck.explain.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurlLineTests {

    @Test
    void readsAChromiumCopyAsCurlLine() {
        CurlRequest r = CurlLine.parse("curl 'http://127.0.0.1:8080/api/items/1' \\\n  -X 'PUT' \\\n"
                + "  -H 'accept: */*' \\\n  -H 'authorization: Bearer t' \\\n  -H 'content-type: application/json' \\\n"
                + "  -H 'origin: http://localhost:3000' \\\n  -b 'sid=1; theme=dark' \\\n"
                + "  --data-raw '{\"name\":\"x\"}' \\\n  --compressed");

        assertThat(r.url()).isEqualTo("http://127.0.0.1:8080/api/items/1");
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.headers().first("authorization")).contains("Bearer t");
        assertThat(r.headers().first("origin")).contains("http://localhost:3000");
        assertThat(r.cookie()).contains("sid=1; theme=dark");
        assertThat(r.body()).isEqualTo("{\"name\":\"x\"}");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void dataMakesAFormPostAsCurlDoes() {
        CurlRequest r = CurlLine.parse("curl -d a=1 -d b=2 https://api.example/x");

        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.body()).isEqualTo("a=1&b=2");
        assertThat(r.headers().first("Content-Type")).contains("application/x-www-form-urlencoded");
    }

    @Test
    void headGetUserAndJsonOptions() {
        assertThat(CurlLine.parse("curl -I http://a/x").method()).isEqualTo("HEAD");
        CurlRequest get = CurlLine.parse("curl -G --data q=1 http://a/x");
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.url()).isEqualTo("http://a/x?q=1");
        assertThat(CurlLine.parse("curl -u ann:pw http://a/x").headers().first("Authorization"))
                .contains("Basic YW5uOnB3");
        CurlRequest json = CurlLine.parse("curl --json '{}' a.example/x");
        assertThat(json.url()).isEqualTo("http://a.example/x");
        assertThat(json.headers().first("Content-Type")).contains("application/json");
        assertThat(CurlLine.parse("curl -XDELETE -sS http://a/x").method()).isEqualTo("DELETE");
        assertThat(CurlLine.parse("curl --request=PATCH http://a/x").method()).isEqualTo("PATCH");
    }

    @Test
    void ignoredOptionsAreSaid() {
        CurlRequest r = CurlLine.parse("curl -o out.json --max-time 5 --frobnicate -A agent http://a/x");

        assertThat(r.notes()).containsExactly("ignored: -o (does not change what the browser would send)",
                "ignored: --max-time (does not change what the browser would send)",
                "ignored: unknown option --frobnicate",
                "ignored: -A (the browser sends its own User-Agent and Referer)");
    }

    @Test
    void badLinesNameTheProblem() {
        assertThatThrownBy(() -> CurlLine.parse("curl -H")).hasMessage("curl option -H needs an argument");
        assertThatThrownBy(() -> CurlLine.parse("curl -X GET")).hasMessage("the curl line names no URL");
        assertThatThrownBy(() -> CurlLine.parse("curl -H nocolon http://a")).hasMessage(
                "-H 'nocolon' is not a 'Name: value' header");
        assertThatThrownBy(() -> CurlLine.parse("curl ^\"http://a^\"")).hasMessageContaining("Windows (cmd)");
    }
}
