package dev.corstck.tck.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https targets with a self-signed certificate made by the JDK's keytool. */
class TlsProbeTests {

    @TempDir
    static Path dir;

    private static HttpsServer server;

    @BeforeAll
    static void startSelfSignedServer() throws Exception {
        Path store = dir.resolve("target.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "target", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(keytool.exitValue()).as(Files.readString(dir.resolve("keytool.log"))).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", JdkTarget::handle);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static ProbeTarget target() {
        return new ProbeTarget("https", "127.0.0.1", server.getAddress().getPort());
    }

    @Test
    void trustAllForTestingReachesASelfSignedTarget() {
        try (WireProber prober = new WireProber(ProbeOptions.defaults().withTls(TlsTrust.TRUST_ALL_FOR_TESTING))) {
            Exchange first = prober.exchange(target(), RawRequest.of("GET", "/tls", HeaderList.of("Origin", "null")));
            Exchange second = prober.exchange(target(), RawRequest.of("GET", "/again", HeaderList.empty()));
            assertThat(first.response()).map(RawResponse::body).contains("/tls");
            assertThat(first.response().orElseThrow().headers().first("Access-Control-Allow-Origin")).contains("null");
            assertThat(second.timing().connection()).isEqualTo(Timing.ConnectionUse.REUSED);
        }
    }

    @Test
    void systemTrustRefusesASelfSignedTarget() {
        try (WireProber prober = new WireProber(ProbeOptions.defaults())) {
            Exchange exchange = prober.exchange(target(), RawRequest.of("GET", "/", HeaderList.empty()));
            assertThat(exchange.failure()).get().isInstanceOf(ProbeFailure.Tls.class);
        }
    }

    @Test
    void plainHttpToATlsPortFailsCleanly() {
        try (WireProber prober = new WireProber(ProbeOptions.defaults()
                .withRequestTimeout(java.time.Duration.ofSeconds(2)))) {
            Exchange exchange = prober.exchange(new ProbeTarget("http", "127.0.0.1", server.getAddress().getPort()),
                    RawRequest.of("GET", "/", HeaderList.empty()));
            assertThat(exchange.failure()).isPresent();
        }
    }
}
