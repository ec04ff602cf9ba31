package dev.corstck.reference.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded target's server over generated request heads on the wire (issue 15): hostile {@code Origin} bytes,
 * broken framing and junk lines. It always answers with a status line or closes, keeps serving, and never grants an
 * origin the demo policy does not list byte for byte. Size: {@code -Dcors.tck.fuzz.wire.iterations} (default 2000).
 */
@Timeout(300)
class WireHeadFuzzTests {

    private static final Set<String> ALLOWED = Set.of("http://localhost:3000", "http://127.0.0.1:3000",
            "https://app.localhost");
    private static final String[] JUNK = {"X-A: b\r\n", " folded\r\n", "NoColon\r\n", "Content-Length: 5\r\n",
        "Transfer-Encoding: chunked\r\n", "Origin: https://app.localhost\r\n", "\r", "\n", ": empty-name\r\n",
        "Expect: 100-continue\r\n", "Connection: close\r\n"};

    @Test
    void neverGrantsAnOriginOutsideThePolicyWhateverTheHeadBytes() throws IOException {
        int iterations = Integer.getInteger("cors.tck.fuzz.wire.iterations", 2_000);
        Fuzz fuzz = new Fuzz();
        Random random = fuzz.random();
        int answered = 0;
        int granted = 0;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            for (int i = 0; i < iterations; i++) {
                String origin = random.nextInt(4) == 0 ? Fuzz.SEEDS.get(random.nextInt(3)) : fuzz.origin();
                StringBuilder head = new StringBuilder(random.nextBoolean() ? "GET" : "OPTIONS")
                        .append(" /api/data HTTP/1.1\r\nHost: 127.0.0.1\r\n");
                if (random.nextInt(5) == 0) {
                    head.append(JUNK[random.nextInt(JUNK.length)]);
                }
                head.append("Origin: ").append(origin).append("\r\nAccess-Control-Request-Method: PUT\r\n");
                if (random.nextInt(5) == 0) {
                    head.append(JUNK[random.nextInt(JUNK.length)]);
                }
                head.append("Connection: close\r\n\r\n");
                String response = exchange(target.port(), head.toString());
                if (response.isEmpty()) {
                    continue; // closed without an answer (a body that never came): allowed
                }
                answered++;
                assertThat(response).startsWith("HTTP/1.1 ");
                for (String line : response.split("\r\n")) {
                    if (line.regionMatches(true, 0, "Access-Control-Allow-Origin:", 0, 28)) {
                        String value = line.substring(28).strip();
                        granted++;
                        if (!ALLOWED.contains(value) || !value.equals(onTheWire(origin))) {
                            throw new AssertionError("granted '" + value + "' for Origin bytes '" + origin + "'");
                        }
                    }
                    if (line.isEmpty()) {
                        break;
                    }
                }
            }
        }
        assertThat(answered).isGreaterThan(iterations / 2);
        assertThat(granted).isGreaterThan(0);
        System.out.printf("wire head fuzz: %d heads, %d answered, %d grants, all inside the policy%n", iterations,
                answered, granted);
    }

    /** The field value a server reads from {@code Origin: <bytes>}: up to the line's end (LF, or CRLF), OWS off. */
    private static String onTheWire(String bytes) {
        int lf = bytes.indexOf('\n');
        String line = lf < 0 ? bytes : bytes.substring(0, lf);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return trimOws(line);
    }

    /** HTTP's optional whitespace (SP, HTAB) off both ends, and nothing else. */
    private static String trimOws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String exchange(int port, String head) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(5_000);
            s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(8192), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            return "";
        }
    }
}
