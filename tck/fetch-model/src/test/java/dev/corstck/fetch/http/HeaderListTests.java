package dev.corstck.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderListTests {

    @Test
    void keepsDuplicateLinesAndCombinesOnlyWhenAsked() {
        HeaderList headers = HeaderList.of("Access-Control-Allow-Origin", "https://a.example",
                "access-control-allow-origin", "https://a.example");

        assertThat(headers.count("ACCESS-CONTROL-ALLOW-ORIGIN")).isEqualTo(2);
        assertThat(headers.combined("Access-Control-Allow-Origin")).hasValue("https://a.example, https://a.example");
    }

    @Test
    void replacingKeepsThePlaceOfTheFirstLine() {
        HeaderList headers = HeaderList.of("Vary", "Accept", "X", "1", "vary", "Cookie").replacing("Vary", "Origin");

        assertThat(headers.fields()).extracting(HeaderField::toString).containsExactly("Vary: Origin", "X: 1");
    }

    @Test
    void netnsWrapperGivesTestsOnlyLoopback() throws Exception {
        // The forked JVM runs under tools/java-netns; in CI (CORS_TCK_NETNS=required) only `lo` may exist.
        if (!"required".equals(System.getenv("CORS_TCK_NETNS"))) {
            return;
        }
        var names = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .map(java.net.NetworkInterface::getName).toList();
        assertThat(names).containsExactly("lo");
    }
}
