package dev.corstck.tck.probe;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;
import org.apiguardian.api.API;

/**
 * Send raw HTTP/1.1 requests exactly as given and record each {@link Exchange}; thread-safe, with a keep-alive
 * pool per origin. Every exchange ends by its deadline: a watchdog closes the socket of any exchange still running
 * {@link #GRACE} after it, so even a write to a peer that never reads cannot hang.
 *
 * <p>As a {@link Responder} it lets the simulator run on a live target: a failure becomes a
 * {@link ResponderException} whose message is {@link ProbeFailure#describe()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WireProber implements Responder, AutoCloseable {

    /** How long after an exchange's deadline the watchdog closes its socket. */
    static final Duration GRACE = Duration.ofMillis(250);

    private final ProbeOptions options;
    private final ConnectionPool pool;
    private final Supplier<SSLSocketFactory> tls;
    private final HostResolver resolver;
    private final ScheduledThreadPoolExecutor watchdog;

    public WireProber(ProbeOptions options) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.pool = new ConnectionPool(options.maxIdlePerOrigin(), options.idleTimeout());
        this.tls = new LazyTls(options.tls());
        this.resolver = new HostResolver();
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cors-tck-probe-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
    }

    public ProbeOptions options() {
        return options;
    }

    /** Send {@code request} to {@code target} and return the exchange; never throws for network trouble. */
    public Exchange exchange(ProbeTarget target, RawRequest request) {
        Objects.requireNonNull(target, "target must not be null");
        RawRequest sent = RequestEncoder.complete(Objects.requireNonNull(request, "request must not be null"), target);
        byte[] bytes = RequestEncoder.encode(sent);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Deadline deadline = Deadline.after(options.requestTimeout());
        Attempt attempt = attempt(target, bytes, sent.method(), deadline, true);
        if (attempt.isStaleReuse() && !deadline.passed()) {
            attempt = attempt(target, bytes, sent.method(), deadline, false); // the pooled connection had died
        }
        Timing timing = new Timing(started, attempt.connect(), attempt.firstByte(),
                Duration.ofNanos(System.nanoTime() - t0), attempt.use());
        return new Exchange(target, sent, attempt.outcome(), timing);
    }

    @Override
    public RawResponse respond(String origin, RawRequest request) throws ResponderException {
        ProbeTarget target;
        try {
            target = ProbeTarget.parse(origin);
        } catch (IllegalArgumentException e) {
            throw new ResponderException(e.getMessage(), e);
        }
        Exchange exchange = exchange(target, request);
        if (exchange.outcome() instanceof ProbeOutcome.Answered answered) {
            return answered.response();
        }
        if (exchange.failure().isPresent()) {
            throw new ProbeFailedException(exchange.failure().get());
        }
        throw new ResponderException("no response");
    }

    private Attempt attempt(ProbeTarget target, byte[] bytes, String method, Deadline deadline, boolean pooled) {
        WireConnection conn = pooled ? pool.take(target) : null;
        Timing.ConnectionUse use = conn == null ? Timing.ConnectionUse.NEW : Timing.ConnectionUse.REUSED;
        long c0 = System.nanoTime();
        try {
            if (conn == null) {
                conn = WireConnection.open(target, resolver.resolve(target.host(), options, deadline), options,
                        deadline, tls);
            }
            Duration connect = Duration.ofNanos(use == Timing.ConnectionUse.NEW ? System.nanoTime() - c0 : 0);
            return converse(conn, bytes, method, deadline, use, connect);
        } catch (ProbeException e) {
            return Attempt.failed(e.failure(), use, 0);
        }
    }

    private Attempt converse(WireConnection conn, byte[] bytes, String method, Deadline deadline,
            Timing.ConnectionUse use, Duration connect) {
        ScheduledFuture<?> guard = watchdog.schedule(conn::abort,
                deadline.remainingMillis() + GRACE.toMillis(), TimeUnit.MILLISECONDS);
        WireInput in = conn.input();
        in.startExchange(deadline);
        long sentAt = System.nanoTime();
        try {
            conn.send(bytes, deadline);
            sentAt = System.nanoTime();
            ResponseDecoder.Decoded d = ResponseDecoder.read(in, method, options);
            guard.cancel(false);
            if (d.reusable() && !conn.wasAborted()) {
                pool.give(conn);
            } else {
                conn.close();
            }
            return new Attempt(new ProbeOutcome.Answered(d.response(), d.extent(), d.bodyBytes()), use, connect,
                    Duration.ofNanos(in.firstByteNanos() - sentAt), in.receivedThisExchange());
        } catch (ProbeException e) {
            guard.cancel(false);
            conn.close();
            ProbeFailure failure = conn.wasAborted()
                    ? new ProbeFailure.Timeout(ProbeFailure.Phase.RESPONSE, deadline.limit()) : e.failure();
            return Attempt.failed(failure, use, in.receivedThisExchange());
        }
    }

    /** Close every pooled connection and stop the watchdog; exchanges in flight end at their deadlines. */
    @Override
    public void close() {
        pool.close();
        watchdog.shutdownNow();
        resolver.close();
    }

    /** The result of one try on one connection. */
    private record Attempt(ProbeOutcome outcome, Timing.ConnectionUse use, Duration connect, Duration firstByte,
            long received) {

        static Attempt failed(ProbeFailure failure, Timing.ConnectionUse use, long received) {
            return new Attempt(new ProbeOutcome.Failed(failure), use, Duration.ZERO, Duration.ZERO, received);
        }

        /** A reused connection the target had already closed: nothing came back, so the request may be resent. */
        boolean isStaleReuse() {
            return use == Timing.ConnectionUse.REUSED && received == 0 && outcome instanceof ProbeOutcome.Failed f
                    && (f.failure() instanceof ProbeFailure.ClosedEarly || f.failure() instanceof ProbeFailure.Reset
                    || f.failure() instanceof ProbeFailure.Io);
        }
    }

    /**
     * The TLS socket factory, made on the first https connection: setting up the JDK's TLS (providers, the system
     * trust store) costs a tenth of a second of a cold grade, and a plain-http target never needs it.
     */
    private static final class LazyTls implements Supplier<SSLSocketFactory> {
        private final TlsTrust trust;
        private SSLSocketFactory factory;

        LazyTls(TlsTrust trust) {
            this.trust = trust;
        }

        @Override
        public synchronized SSLSocketFactory get() {
            if (factory == null) {
                factory = TlsSockets.factory(trust);
            }
            return factory;
        }
    }
}
