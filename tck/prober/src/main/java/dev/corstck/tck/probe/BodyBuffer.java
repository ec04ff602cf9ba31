package dev.corstck.tck.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Keep the first {@code limit} bytes of a body and count the rest: the excerpt kept as evidence. */
final class BodyBuffer {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private long seen;

    BodyBuffer(int limit) {
        this.limit = limit;
    }

    void write(byte[] bytes, int offset, int length) {
        seen += length;
        int room = limit - kept.size();
        if (room > 0) {
            kept.write(bytes, offset, Math.min(room, length));
        }
    }

    /** Answer whether more bytes were offered than kept: the body was cut. */
    boolean isFull() {
        return seen > limit;
    }

    long seen() {
        return seen;
    }

    String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
