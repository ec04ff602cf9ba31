package dev.corstck.tck.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Read a connection's bytes under a deadline: before every socket read the timeout is set to the time left, so a
 * target that trickles one byte a second (slowloris) still ends at the deadline.
 */
final class WireInput {

    private final Socket socket;
    private final InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    private Deadline deadline = Deadline.after(java.time.Duration.ofSeconds(1));
    private long receivedThisExchange;
    private long firstByteNanos;

    WireInput(Socket socket, InputStream in) {
        this.socket = socket;
        this.in = in;
    }

    /** Start reading one response, under {@code newDeadline}. */
    void startExchange(Deadline newDeadline) {
        deadline = newDeadline;
        receivedThisExchange = 0;
        firstByteNanos = 0;
    }

    long receivedThisExchange() {
        return receivedThisExchange;
    }

    /** Return {@link System#nanoTime()} when this exchange's first byte arrived; 0 when none has. */
    long firstByteNanos() {
        return firstByteNanos;
    }

    /** Return the next byte, or -1 at the end of the stream. */
    int read() throws ProbeException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    /**
     * Read one line ending in LF, dropping a CR before it, decoded byte for byte (ISO-8859-1, as header bytes).
     *
     * @param max  the most bytes the line may take, terminator included
     * @param what what is read, for the {@link ProbeFailure.TooLarge} message
     * @return the line, or {@code null} at the end of the stream before any byte of it
     */
    String readLine(int max, String what) throws ProbeException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (pos == lim && !fill()) {
                if (line.size() == 0) {
                    return null;
                }
                throw new ProbeException(new ProbeFailure.ClosedEarly("end of stream inside the " + what));
            }
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            boolean ended = pos < lim;
            line.write(buf, start, pos - start);
            if (line.size() + (ended ? 1 : 0) > max) {
                throw new ProbeException(new ProbeFailure.TooLarge(what, max));
            }
            if (ended) {
                pos++;
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /**
     * Read up to {@code n} bytes (all to the end of the stream when {@code n < 0}), keeping at most
     * {@code keep.remaining()} of them.
     *
     * @return the number of bytes read, which is less than {@code n} only at the end of the stream
     */
    long readBody(long n, BodyBuffer keep) throws ProbeException {
        long done = 0;
        while (n < 0 || done < n) {
            if (pos == lim && !fill()) {
                return done;
            }
            int chunk = (int) Math.min(lim - pos, n < 0 ? Long.MAX_VALUE : n - done);
            keep.write(buf, pos, chunk);
            pos += chunk;
            done += chunk;
            if (keep.isFull()) {
                return done;
            }
        }
        return done;
    }

    private boolean fill() throws ProbeException {
        long ms = deadline.remainingMillis();
        if (ms <= 0) {
            throw new ProbeException(new ProbeFailure.Timeout(ProbeFailure.Phase.RESPONSE, deadline.limit()));
        }
        try {
            socket.setSoTimeout((int) Math.min(ms, Integer.MAX_VALUE));
            int n = in.read(buf);
            if (n < 0) {
                return false;
            }
            if (receivedThisExchange == 0) {
                firstByteNanos = System.nanoTime();
            }
            receivedThisExchange += n;
            pos = 0;
            lim = n;
            return true;
        } catch (SocketTimeoutException e) {
            throw new ProbeException(new ProbeFailure.Timeout(ProbeFailure.Phase.RESPONSE, deadline.limit()));
        } catch (IOException e) {
            throw IoFailures.classify(e, ProbeFailure.Phase.RESPONSE, deadline);
        }
    }
}
