package dev.corstck.tck.probe;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Keep idle keep-alive connections per origin, most recently used first, like a browser's connection pool. */
final class ConnectionPool {

    private final Map<String, Deque<WireConnection>> idle = new ConcurrentHashMap<>();
    private final int maxIdlePerOrigin;
    private final long idleLimitNanos;
    private volatile boolean closed;

    ConnectionPool(int maxIdlePerOrigin, java.time.Duration idleTimeout) {
        this.maxIdlePerOrigin = maxIdlePerOrigin;
        this.idleLimitNanos = idleTimeout.toNanos();
    }

    /** Return an idle connection to {@code target} that may be reused, or {@code null} when there is none. */
    WireConnection take(ProbeTarget target) {
        Deque<WireConnection> queue = idle.get(target.origin());
        if (queue == null) {
            return null;
        }
        for (WireConnection c = queue.pollFirst(); c != null; c = queue.pollFirst()) {
            if (c.isReusable(idleLimitNanos)) {
                return c;
            }
            c.close();
        }
        return null;
    }

    /** Keep {@code connection} for reuse, or close it when the pool is full or closed. */
    void give(WireConnection connection) {
        Deque<WireConnection> queue = idle.computeIfAbsent(connection.target().origin(),
                k -> new ConcurrentLinkedDeque<>());
        if (closed || queue.size() >= maxIdlePerOrigin) {
            connection.close();
            return;
        }
        connection.markIdle();
        queue.offerFirst(connection);
        if (closed) {
            closeAll();
        }
    }

    void close() {
        closed = true;
        closeAll();
    }

    private void closeAll() {
        idle.values().forEach(q -> {
            for (WireConnection c = q.pollFirst(); c != null; c = q.pollFirst()) {
                c.close();
            }
        });
    }
}
