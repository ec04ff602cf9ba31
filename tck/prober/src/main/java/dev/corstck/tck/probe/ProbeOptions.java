package dev.corstck.tck.probe;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Bound every step of a probe. The defaults ({@link #defaults()}) suit loopback and LAN targets.
 *
 * @param connectTimeout  how long to wait for TCP (and TLS) to be established; default 3 s
 * @param requestTimeout  the whole exchange's deadline: connect, send, and read the response; default 10 s
 * @param maxHeaderBytes  the most status-line and header bytes read before {@link ProbeFailure.TooLarge};
 *                        default 64 KiB
 * @param maxHeaderLines  the most header lines read before {@link ProbeFailure.TooLarge}; default 500
 * @param maxBodyBytes    the most body bytes kept; beyond it the body is truncated and the connection dropped;
 *                        default 256 KiB
 * @param maxIdlePerOrigin the most idle keep-alive connections kept per origin; default 8
 * @param idleTimeout     how long an idle connection may be reused; default 5 s
 * @param tls             which certificates to accept; default {@link TlsTrust#SYSTEM}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProbeOptions(Duration connectTimeout, Duration requestTimeout, int maxHeaderBytes, int maxHeaderLines,
        int maxBodyBytes, int maxIdlePerOrigin, Duration idleTimeout, TlsTrust tls) {

    public ProbeOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
        Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        Objects.requireNonNull(idleTimeout, "idleTimeout must not be null");
        Objects.requireNonNull(tls, "tls must not be null");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxHeaderBytes < 1024 || maxHeaderLines < 1 || maxBodyBytes < 0 || maxIdlePerOrigin < 0) {
            throw new IllegalArgumentException("limits must be positive (maxHeaderBytes at least 1024)");
        }
    }

    /** Return the defaults documented on each component. */
    public static ProbeOptions defaults() {
        return new ProbeOptions(Duration.ofSeconds(3), Duration.ofSeconds(10), 64 * 1024, 500, 256 * 1024, 8,
                Duration.ofSeconds(5), TlsTrust.SYSTEM);
    }

    public ProbeOptions withConnectTimeout(Duration timeout) {
        return new ProbeOptions(timeout, requestTimeout, maxHeaderBytes, maxHeaderLines, maxBodyBytes,
                maxIdlePerOrigin, idleTimeout, tls);
    }

    public ProbeOptions withRequestTimeout(Duration timeout) {
        return new ProbeOptions(connectTimeout, timeout, maxHeaderBytes, maxHeaderLines, maxBodyBytes,
                maxIdlePerOrigin, idleTimeout, tls);
    }

    public ProbeOptions withMaxBodyBytes(int bytes) {
        return new ProbeOptions(connectTimeout, requestTimeout, maxHeaderBytes, maxHeaderLines, bytes,
                maxIdlePerOrigin, idleTimeout, tls);
    }

    public ProbeOptions withTls(TlsTrust trust) {
        return new ProbeOptions(connectTimeout, requestTimeout, maxHeaderBytes, maxHeaderLines, maxBodyBytes,
                maxIdlePerOrigin, idleTimeout, trust);
    }
}
