package dev.corstck.harness.page;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.corstck.harness.HarnessException;
import dev.corstck.harness.PageOrigin;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.apiguardian.api.API;

/**
 * Serves the harness's pages on loopback: one listener per (scheme, port) on 127.0.0.1, and on ::1 too where it can
 * (required for {@code [::1]} pages). Every host name shares the content: the origin is whatever name the browser
 * used, so {@code localhost}, {@code app.localhost} and mapped names such as {@code myapp.com} all work.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PageServer implements AutoCloseable {

    private record Listener(String scheme, List<HttpServer> servers) {}

    private final Map<Integer, Listener> listeners = new HashMap<>();
    private final PageHandler handler = new PageHandler();
    private final ExecutorService executor;
    private final Path tlsDir;
    private final boolean httpsAllowed;

    /**
     * Create a server that binds nothing yet.
     *
     * @param tlsDir where the self-signed certificate is kept
     * @param httpsAllowed whether https origins may be bound
     */
    public PageServer(Path tlsDir, boolean httpsAllowed) {
        this.tlsDir = tlsDir;
        this.httpsAllowed = httpsAllowed;
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "cors-tck-page-server");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Serve pages on {@code origin}'s scheme and port and return the origin with its bound port.
     *
     * @throws HarnessException when the port is taken (by another program, or by this server for the other scheme),
     *     needs privileges, or https is off
     */
    public synchronized PageOrigin bind(PageOrigin origin) {
        if (origin.scheme().equals("https") && !httpsAllowed) {
            throw new HarnessException("https page origins are off (HarnessOptions.https=false): " + origin);
        }
        boolean ipv6 = origin.host().equals("[::1]");
        Listener existing = origin.port() == 0 ? null : listeners.get(origin.port());
        if (existing != null) {
            requireSameScheme(existing, origin);
            if (ipv6 && existing.servers().size() < 2) {
                throw new HarnessException("cannot serve " + origin + ": port " + origin.port()
                        + " is bound on 127.0.0.1 but not on ::1");
            }
            return origin;
        }
        Listener created = open(origin, ipv6);
        int port = created.servers().get(0).getAddress().getPort();
        listeners.put(port, created);
        return origin.withPort(port);
    }

    private static void requireSameScheme(Listener existing, PageOrigin origin) {
        if (!existing.scheme().equals(origin.scheme())) {
            throw new HarnessException("cannot serve " + origin + ": port " + origin.port() + " already serves "
                    + existing.scheme() + " pages");
        }
    }

    private Listener open(PageOrigin origin, boolean ipv6Required) {
        List<HttpServer> servers = new ArrayList<>();
        HttpServer v4 = start(origin, "127.0.0.1", origin.port());
        servers.add(v4);
        int port = v4.getAddress().getPort();
        try {
            servers.add(start(origin, "::1", port));
        } catch (HarnessException e) {
            if (ipv6Required) {
                v4.stop(0);
                throw e;
            }
        }
        return new Listener(origin.scheme(), List.copyOf(servers));
    }

    private HttpServer start(PageOrigin origin, String address, int port) {
        try {
            InetSocketAddress bindTo = new InetSocketAddress(InetAddress.getByName(address), port);
            HttpServer server = origin.scheme().equals("https") ? httpsServer(bindTo) : HttpServer.create(bindTo, 64);
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return server;
        } catch (UnknownHostException e) {
            throw new HarnessException("cannot serve " + origin + ": no loopback address " + address, e);
        } catch (BindException e) {
            throw new HarnessException(bindMessage(origin, address, port, e), e);
        } catch (IOException e) {
            throw new HarnessException("cannot serve " + origin + " on " + address + ": " + e.getMessage(), e);
        }
    }

    private static String bindMessage(PageOrigin origin, String address, int port, BindException e) {
        String hint = port > 0 && port < 1024 && String.valueOf(e.getMessage()).contains("ermission")
                ? " (ports below 1024 need root or CAP_NET_BIND_SERVICE)"
                : " (another program listens there: stop it or pick another port)";
        return "cannot bind page origin " + origin + " on " + address + ":" + port + ": " + e.getMessage() + hint;
    }

    private HttpsServer httpsServer(InetSocketAddress bindTo) throws IOException {
        SSLContext tls = SelfSignedCertificate.tlsContext(tlsDir);
        HttpsServer server = HttpsServer.create(bindTo, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    /** Stop every listener; never throws. */
    @Override
    public synchronized void close() {
        listeners.values().forEach(l -> l.servers().forEach(s -> s.stop(0)));
        listeners.clear();
        executor.shutdownNow();
    }
}
