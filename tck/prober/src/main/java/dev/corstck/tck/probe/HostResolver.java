package dev.corstck.tck.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Resolve host names within the connect timeout: the JDK's lookup itself cannot be given one. */
final class HostResolver {

    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cors-tck-probe-dns");
        t.setDaemon(true);
        return t;
    });

    InetAddress resolve(String host, ProbeOptions options, Deadline deadline) throws ProbeException {
        try {
            if (WireConnection.isIpLiteral(host) || host.equals("localhost")) {
                return InetAddress.getByName(host); // literals and localhost never leave the machine
            }
            Future<InetAddress> lookup = lookups.submit(() -> InetAddress.getByName(host));
            long wait = Math.max(1, Math.min(options.connectTimeout().toMillis(), deadline.remainingMillis()));
            try {
                return lookup.get(wait, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                lookup.cancel(true);
                throw new ProbeException(new ProbeFailure.Timeout(ProbeFailure.Phase.CONNECT, options.connectTimeout()));
            }
        } catch (UnknownHostException e) {
            throw new ProbeException(new ProbeFailure.Unresolved(host));
        } catch (ExecutionException e) {
            throw new ProbeException(e.getCause() instanceof UnknownHostException
                    ? new ProbeFailure.Unresolved(host) : new ProbeFailure.Io(String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException(new ProbeFailure.Io("interrupted while resolving " + host));
        }
    }

    void close() {
        lookups.shutdownNow();
    }
}
