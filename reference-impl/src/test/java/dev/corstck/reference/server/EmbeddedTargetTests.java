package dev.corstck.reference.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import dev.corstck.fetch.http.RawResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo endpoints of the embedded target over real loopback HTTP. */
class EmbeddedTargetTests {

    private static final String ORIGIN = "http://localhost:3000";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EmbeddedTarget target;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.builder().start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @BeforeEach
    void clearJournal() {
        target.journal().clear();
    }

    @Test
    void dataIsJsonWithCorsHeadersAndAMergedVary() throws Exception {
        HttpResponse<String> r = send("GET", "/api/data", "Origin", ORIGIN);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.body()).contains("\"ok\":true");
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
        assertThat(r.headers().allValues("Vary")).containsExactly("Accept-Encoding, Origin");
        assertThat(r.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
    }

    @Test
    void loginSetsASameSiteNoneSecureCookieThatMeAccepts() throws Exception {
        HttpResponse<String> login = send("POST", "/api/login", "Origin", ORIGIN);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> me = send("GET", "/api/me", "Origin", ORIGIN, "Cookie", cookie.split(";")[0]);
        HttpResponse<String> anonymous = send("GET", "/api/me", "Origin", ORIGIN);
        HttpResponse<String> bearer = send("GET", "/api/me", "Authorization", "Bearer demo-token");

        assertThat(cookie).contains("SameSite=None").contains("Secure").contains("HttpOnly");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"via\":\"cookie\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
        assertThat(bearer.statusCode()).isEqualTo(200);
    }

    @Test
    void itemsAcceptPutAndDelete() throws Exception {
        assertThat(send("PUT", "/api/items/7", "Origin", ORIGIN).body()).contains("\"updated\":true");
        assertThat(send("DELETE", "/api/items/7", "Origin", ORIGIN).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/items/7").statusCode()).isEqualTo(405);
    }

    @Test
    void redirectsGoWhereTheyAreToldWithCorsHeaders() throws Exception {
        HttpResponse<String> cross = send("GET", "/api/redirect?to=http%3A%2F%2F127.0.0.1%3A9%2Fapi%2Fdata",
                "Origin", ORIGIN);
        HttpResponse<String> same = send("GET", "/api/redirect/same-origin", "Origin", ORIGIN);
        HttpResponse<String> bad = send("GET", "/api/redirect?to=javascript:alert(1)");

        assertThat(cross.statusCode()).isEqualTo(302);
        assertThat(cross.headers().firstValue("Location")).hasValue("http://127.0.0.1:9/api/data");
        assertThat(cross.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
        assertThat(same.headers().firstValue("Location")).hasValue("/api/data");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    static Stream<Integer> statuses() {
        return Stream.of(200, 201, 400, 401, 403, 404, 418, 500, 502, 503);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void statusEndpointsCarryCorsHeaders(int status) throws Exception {
        HttpResponse<String> r = send("GET", "/api/status/" + status, "Origin", ORIGIN);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    }

    @Test
    void echoReturnsTheRequestWithDuplicateHeaderLines() throws Exception {
        RawResponse r = RawHttp.exchange(target.port(), "PATCH /echo?q=1 HTTP/1.1\r\nHost: x\r\nX-Dup: one\r\n"
                + "X-Dup: two\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");

        @SuppressWarnings("unchecked")
        Map<String, Object> echo = new Gson().fromJson(r.body(), Map.class);
        assertThat(echo).containsEntry("method", "PATCH").containsEntry("target", "/echo?q=1").containsEntry("body", "hello");
        assertThat(echo.get("headers")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsSubsequence(List.of("X-dup", "one"), List.of("X-dup", "two"));
    }

    @Test
    void journalProvesWhatWasAndWasNotSent() throws Exception {
        send("GET", "/api/data", "Origin", "https://evil.example");
        send("OPTIONS", "/api/items/1", "Origin", "https://evil.example", "Access-Control-Request-Method", "PUT");

        List<JournalEntry> entries = target.journal().entries();
        assertThat(entries).extracting(JournalEntry::method).containsExactly("GET", "OPTIONS");
        assertThat(entries.get(0).headers().first("Origin")).hasValue("https://evil.example");
        assertThat(entries.get(1).isPreflight()).isTrue();
        assertThat(target.journal().matching(e -> e.method().equals("PUT"))).as("the PUT was never sent").isEmpty();
        assertThat(target.journal().since(entries.get(0).sequence())).hasSize(1);
    }

    @Test
    void sixtyFourKilobyteOriginOverTheWireIsRefusedWithoutCorsHeaders() throws Exception {
        RawResponse r = RawHttp.exchange(target.port(), "GET /api/data HTTP/1.1\r\nHost: x\r\nOrigin: http://"
                + "a".repeat(65_536) + "\r\nConnection: close\r\n\r\n");

        assertThat(r.headers().contains("Access-Control-Allow-Origin")).isFalse();
    }

    @Test
    void onlyLoopbackAddressesCanBeBoundAndClosingFreesThePort() throws Exception {
        assertThatThrownBy(() -> EmbeddedTarget.builder().host("192.0.2.10").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        EmbeddedTarget ipv6 = EmbeddedTarget.builder().host("::1").start();
        int port = ipv6.port();
        assertThat(ipv6.baseUrl()).isEqualTo("http://[0:0:0:0:0:0:0:1]:" + port);
        ipv6.close();
        try (EmbeddedTarget again = EmbeddedTarget.builder().host("::1").port(port).start()) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
