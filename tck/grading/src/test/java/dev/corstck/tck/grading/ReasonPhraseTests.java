package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Exchange;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.WireResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reason phrase is evidence like any other byte of the status line: it reaches report.json and junit.xml exactly
 * as a raw loopback server sent it, inner and trailing spaces included (RFC 9112 section 4 lets clients ignore it,
 * not rewrite it).
 */
@Timeout(60)
class ReasonPhraseTests {

    private static final String STATUS_LINE = "HTTP/1.1 200 Okay  then ";

    @TempDir
    Path dir;

    @Test
    void anOddReasonPhraseIsReportedByteForByte() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> answerAll(server), "odd-reason-phrase");
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();

            ReportedGrading.run(dir, List.of("test"), List.of(GradingFixtures.wireOnly(url)
                    .requestTimeout(Duration.ofSeconds(2)).runTimeout(Duration.ofSeconds(40)).build()),
                    Grader.create(), false, new PrintStream(OutputStream.nullOutputStream()));
        }

        Report onDisk = ReportJson.read(dir.resolve("report.json"));
        List<WireResponse> responses = onDisk.targets().get(0).findings().stream()
                .flatMap(f -> f.evidence().exchanges().stream()).map(Exchange::response).flatMap(Optional::stream)
                .toList();
        assertThat(responses).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.reasonPhrase()).isEqualTo("Okay  then ");
        });
        String junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml")
                .toFile()).getDocumentElement().getTextContent();
        assertThat(junit).contains("< HTTP/1.1 200 Okay  then\n");
    }

    /** Answer every request on every connection with the odd status line and permissive CORS headers. */
    private static void answerAll(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    // read the request head; the body, if any, is ignored: the connection closes after the answer
                }
                socket.getOutputStream().write((STATUS_LINE + "\r\nAccess-Control-Allow-Origin: *\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (SocketException closed) {
                return;
            } catch (Exception e) {
                // one broken connection must not stop the others
            }
        }
    }
}
