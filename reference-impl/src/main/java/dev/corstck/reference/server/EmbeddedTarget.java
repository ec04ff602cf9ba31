package dev.corstck.reference.server;

import com.sun.net.httpserver.HttpServer;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * The reference target on the JDK HTTP server, bound to a loopback address: the demo endpoints behind the reference
 * CORS implementation (or a mistake profile). Start with {@link #builder()}; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
 *     URI api = URI.create(target.baseUrl() + "/api/data");
 *     ...
 *     target.journal().entries();   // what the server received
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EmbeddedTarget implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReferenceResponder responder;
    private final String baseUrl;

    private EmbeddedTarget(HttpServer server, ExecutorService executor, ReferenceResponder responder) {
        this.server = server;
        this.executor = executor;
        this.responder = responder;
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, also the target's origin, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The in-process twin of this target, sharing its policy, profile and journal. */
    public ReferenceResponder responder() {
        return responder;
    }

    /** Every request this target received. */
    public RequestJournal journal() {
        return responder.journal();
    }

    /** The policy actually applied. */
    public CorsPolicy policy() {
        return responder.policy();
    }

    public Optional<MistakeProfile> profile() {
        return responder.profile();
    }

    /** Stop accepting, give exchanges in progress up to a second, and stop the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Options for {@link EmbeddedTarget}: the defaults are {@link DemoPolicy#standard()}, 127.0.0.1, an ephemeral port. */
    public static final class Builder {
        private CorsPolicy policy = DemoPolicy.standard();
        private Optional<MistakeProfile> profile = Optional.empty();
        private String host = "127.0.0.1";
        private int port;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder policy(CorsPolicy value) {
            policy = Objects.requireNonNull(value, "policy must not be null");
            return this;
        }

        public Builder profile(MistakeProfile value) {
            profile = Optional.of(Objects.requireNonNull(value, "profile must not be null"));
            return this;
        }

        public Builder profile(Optional<MistakeProfile> value) {
            profile = Objects.requireNonNull(value, "profile must not be null");
            return this;
        }

        /** Bind to this loopback address (a name or literal); anything else is refused. */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host must not be null");
            return this;
        }

        /** Bind to this port; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + value);
            }
            port = value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            threads = value;
            return this;
        }

        /**
         * Start the target. First sets, unless already set, {@code sun.net.httpserver.nodelay=true} (without it every
         * keep-alive response waits about 40 ms for a delayed ACK) and {@code sun.net.httpserver.maxReqTime} and
         * {@code maxRspTime} to 30 seconds, so that a client that stalls mid-request cannot hold a worker forever.
         * The JDK reads these once per JVM, when its first HTTP server is created.
         *
         * @throws IllegalArgumentException if the host is not a loopback address
         * @throws UncheckedIOException if the port cannot be bound
         */
        public EmbeddedTarget start() {
            InetAddress address = loopback(host);
            defaultProperty("sun.net.httpserver.nodelay", "true");
            defaultProperty("sun.net.httpserver.maxReqTime", "30");
            defaultProperty("sun.net.httpserver.maxRspTime", "30");
            ReferenceResponder responder = new ReferenceResponder(policy, profile);
            ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 128);
                server.createContext("/", new ExchangeAdapter(responder));
                server.setExecutor(executor);
                server.start();
                return new EmbeddedTarget(server, executor, responder);
            } catch (IOException e) {
                executor.shutdownNow();
                throw new UncheckedIOException("cannot bind " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }

        private static void defaultProperty(String name, String value) {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        }

        private static InetAddress loopback(String host) {
            try {
                InetAddress address = InetAddress.getByName(host);
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("host must be a loopback address (127.0.0.1, ::1,"
                            + " localhost): " + host);
                }
                return address;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host: " + host, e);
            }
        }

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "cors-target-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
