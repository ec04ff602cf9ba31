package dev.corstck.reference.server;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.profile.MistakeProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The reference target on loopback: the demo endpoints behind the reference CORS implementation (or a mistake
 * profile), served by {@link RawHttpServer}, which reads each request head byte for byte (the JDK HTTP server trims
 * control bytes off header values, so a padded {@code Origin} looked valid) and answers as the JDK server did. Start
 * with {@link #builder()}; {@link #close()} stops it.
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

    private final RawHttpServer server;
    private final ReferenceResponder responder;
    private final String baseUrl;

    private EmbeddedTarget(RawHttpServer server, ReferenceResponder responder) {
        this.server = server;
        this.responder = responder;
        InetSocketAddress address = server.address();
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
        return server.address().getPort();
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

    /** Stop accepting and close every open connection. */
    @Override
    public void close() {
        server.close();
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

        /** Kept for compatibility: connections are served one thread each, up to {@value RawHttpServer#MAX_CONNECTIONS}. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            threads = value;
            return this;
        }

        /**
         * Start the target.
         *
         * @throws IllegalArgumentException if the host is not a loopback address
         * @throws UncheckedIOException if the port cannot be bound
         */
        public EmbeddedTarget start() {
            InetAddress address = loopback(host);
            ReferenceResponder responder = new ReferenceResponder(policy, profile);
            try {
                return new EmbeddedTarget(new RawHttpServer(address, port, responder), responder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind " + host + ":" + port + ": " + e.getMessage(), e);
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
    }
}
