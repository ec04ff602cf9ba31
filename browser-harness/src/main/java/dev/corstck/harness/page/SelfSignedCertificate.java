package dev.corstck.harness.page;

import dev.corstck.harness.HarnessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for the https page origins, made once per work directory with the JDK's {@code keytool}
 * (no extra dependency). Engines accept it because the harness starts them ignoring certificate errors.
 */
final class SelfSignedCertificate {

    private static final char[] PASSWORD = "cors-tck".toCharArray();
    private static final String SAN = "SAN=dns:localhost,dns:*.localhost,ip:127.0.0.1,ip:::1";

    private SelfSignedCertificate() {}

    /** Return a TLS context serving the certificate stored in {@code dir}, making it first if needed. */
    static synchronized SSLContext tlsContext(Path dir) {
        Path store = dir.resolve("page-server.p12");
        try {
            if (!Files.isRegularFile(store)) {
                generate(store);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), null, null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new HarnessException("cannot set up https page origins with " + store + ": " + e.getMessage(), e);
        }
    }

    private static void generate(Path store) throws IOException {
        Files.createDirectories(store.getParent());
        Path partial = store.resolveSibling("page-server.p12.partial");
        Files.deleteIfExists(partial);
        String pass = new String(PASSWORD);
        List<String> command = List.of(keytool(), "-genkeypair", "-alias", "cors-tck-pages", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "3650", "-dname", "CN=cors-tck page server", "-ext", SAN,
                "-keystore", partial.toString(), "-storetype", "PKCS12", "-storepass", pass, "-keypass", pass);
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        } finally {
            keytool.destroyForcibly();
        }
        Files.move(partial, store);
    }

    private static String keytool() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path sibling = javaHome.resolve("bin").resolve("keytool");
        return Files.isExecutable(sibling) ? sibling.toString() : "keytool";
    }
}
