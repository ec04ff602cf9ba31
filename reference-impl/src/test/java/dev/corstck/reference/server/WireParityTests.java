package dev.corstck.reference.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.profile.MistakeProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The in-process responder answers exactly as the target does over the wire: status, body, header lines in order. */
class WireParityTests {

    private static EmbeddedTarget correct;
    private static EmbeddedTarget duplicate;

    @BeforeAll
    static void start() {
        correct = EmbeddedTarget.builder().start();
        duplicate = EmbeddedTarget.builder().profile(MistakeProfile.DUPLICATE_ACAO).start();
    }

    @AfterAll
    static void stop() {
        correct.close();
        duplicate.close();
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("GET", "/api/data", HeaderList.of("Origin", "http://localhost:3000")),
                Arguments.of("GET", "/api/data", HeaderList.of("Origin", "https://evil.example")),
                Arguments.of("GET", "/api/data", HeaderList.empty()),
                Arguments.of("HEAD", "/api/data", HeaderList.of("Origin", "https://app.localhost")),
                Arguments.of("OPTIONS", "/api/items/1", HeaderList.of("Origin", "http://localhost:3000",
                        "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization")),
                Arguments.of("OPTIONS", "/api/items/1", HeaderList.of("Origin", "null",
                        "Access-Control-Request-Method", "PUT")),
                Arguments.of("OPTIONS", "/api/items/1", HeaderList.empty()),
                Arguments.of("DELETE", "/api/items/1", HeaderList.of("Origin", "http://127.0.0.1:3000")),
                Arguments.of("GET", "/api/status/500", HeaderList.of("Origin", "http://localhost:3000")),
                Arguments.of("GET", "/api/redirect?to=http%3A%2F%2Fexample.test%2F", HeaderList.of("Origin", "http://localhost:3000")),
                Arguments.of("GET", "/nope", HeaderList.of("Origin", "http://localhost:3000", "Origin", "http://localhost:3000")),
                Arguments.of("POST", "/api/login", HeaderList.of("Origin", "https://app.localhost")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("requests")
    void inProcessAnswerEqualsTheWireAnswer(String method, String target, HeaderList headers) throws Exception {
        for (EmbeddedTarget t : List.of(correct, duplicate)) {
            RawResponse wire = RawHttp.exchange(t.port(), head(method, target, headers));
            RawResponse local = t.responder().respond(t.baseUrl(), RawRequest.of(method, target, headers));

            assertThat(local.status()).isEqualTo(wire.status());
            assertThat(withoutVolatile(local)).isEqualTo(withoutVolatile(wire));
            assertThat(local.body().replaceAll("req-\\d+", "req-N")).isEqualTo(wire.body().replaceAll("req-\\d+", "req-N"));
        }
    }

    @Test
    void theDateHasTheFormTheJdkServerWrites() throws Exception {
        RawResponse wire = RawHttp.exchange(correct.port(), head("GET", "/api/data", HeaderList.empty()));
        RawResponse local = correct.responder().respond(correct.baseUrl(), RawRequest.of("GET", "/api/data",
                HeaderList.empty()));
        String rfc1123 = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

        assertThat(wire.headers().all("Date")).singleElement().asString().matches(rfc1123);
        assertThat(local.headers().all("Date")).singleElement().asString().matches(rfc1123);
    }

    @Test
    void theDateIsTheTextTheJdkServersFormatterWrites() {
        // The JDK server's own pattern (sun.net.httpserver.ExchangeImpl), with its locale data: every day of the
        // week and month, single-digit days and hours, leap days, and the ends of years.
        java.time.format.DateTimeFormatter jdk = java.time.format.DateTimeFormatter
                .ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", java.util.Locale.US)
                .withZone(java.time.ZoneId.of("GMT"));
        java.util.Random random = new java.util.Random(42);
        List<java.time.Instant> instants = new java.util.ArrayList<>(List.of(java.time.Instant.EPOCH,
                java.time.Instant.parse("2024-02-29T09:05:03Z"), java.time.Instant.parse("1999-12-31T23:59:59Z"),
                java.time.Instant.parse("2026-12-03T00:00:00.999Z"), java.time.Instant.parse("9999-12-31T23:59:59Z")));
        for (int i = 0; i < 5_000; i++) {
            instants.add(java.time.Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000)));
        }

        for (java.time.Instant instant : instants) {
            assertThat(WireForm.httpDate(instant)).as("%s", instant).isEqualTo(jdk.format(instant));
        }
    }

    /** Header lines with the values that differ per call (the date, the demo's request counter) blanked. */
    private static List<String> withoutVolatile(RawResponse response) {
        return response.headers().fields().stream().map(f -> f.hasName("Date") || f.hasName("X-Request-Id")
                ? f.name() + ": *" : f.toString()).toList();
    }

    private static String head(String method, String target, HeaderList headers) {
        StringBuilder out = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (HeaderField f : headers.fields()) {
            out.append(f.name()).append(": ").append(f.value()).append("\r\n");
        }
        if (method.equals("POST")) {
            out.append("Content-Length: 0\r\n");
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }
}
