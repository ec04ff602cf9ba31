package dev.corstck.tck.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** One TCP (or TLS) connection to a target, reusable for several exchanges while the target keeps it alive. */
final class WireConnection {

    private final ProbeTarget target;
    private final Socket socket;
    private final OutputStream out;
    private final WireInput input;
    private volatile boolean aborted;
    private long idleSinceNanos;

    private WireConnection(ProbeTarget target, Socket socket) throws IOException {
        this.target = target;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.input = new WireInput(socket, socket.getInputStream());
    }

    /** Connect to {@code address} (already resolved) and, for https, complete the TLS handshake. */
    static WireConnection open(ProbeTarget target, InetAddress address, ProbeOptions options, Deadline deadline,
            Supplier<SSLSocketFactory> tls) throws ProbeException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            int connectMillis = (int) Math.max(1, Math.min(options.connectTimeout().toMillis(),
                    deadline.remainingMillis()));
            socket.connect(new InetSocketAddress(address, target.port()), connectMillis);
            if (target.isHttps()) {
                socket = handshake(socket, target, options, deadline, tls.get());
            }
            return new WireConnection(target, socket);
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            ProbeFailure.Phase phase = socket instanceof SSLSocket ? ProbeFailure.Phase.TLS_HANDSHAKE
                    : ProbeFailure.Phase.CONNECT;
            throw new ProbeException(new ProbeFailure.Timeout(phase, options.connectTimeout()));
        } catch (IOException e) {
            closeQuietly(socket);
            throw IoFailures.classify(e, ProbeFailure.Phase.CONNECT, deadline);
        }
    }

    private static Socket handshake(Socket plain, ProbeTarget target, ProbeOptions options, Deadline deadline,
            SSLSocketFactory tls) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, target.host(), target.port(), true);
        SSLParameters params = ssl.getSSLParameters();
        if (options.tls() == TlsTrust.SYSTEM) {
            params.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!isIpLiteral(target.host())) {
            params.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(params);
        ssl.setSoTimeout((int) Math.max(1, Math.min(options.connectTimeout().toMillis(), deadline.remainingMillis())));
        ssl.startHandshake();
        return ssl;
    }

    static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    ProbeTarget target() {
        return target;
    }

    WireInput input() {
        return input;
    }

    void send(byte[] request, Deadline deadline) throws ProbeException {
        try {
            out.write(request);
            out.flush();
        } catch (IOException e) {
            throw IoFailures.classify(e, ProbeFailure.Phase.RESPONSE, deadline);
        }
    }

    /** Close the socket from another thread (the deadline watchdog): a blocked read or write then fails. */
    void abort() {
        aborted = true;
        closeQuietly(socket);
    }

    boolean wasAborted() {
        return aborted;
    }

    void markIdle() {
        idleSinceNanos = System.nanoTime();
    }

    /** Answer whether this idle connection may carry another exchange. */
    boolean isReusable(long idleLimitNanos) {
        return !aborted && !socket.isClosed() && System.nanoTime() - idleSinceNanos < idleLimitNanos;
    }

    void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that is already broken: nothing left to release
        }
    }
}
