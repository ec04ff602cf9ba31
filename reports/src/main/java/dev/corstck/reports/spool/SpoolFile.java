package dev.corstck.reports.spool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An append-only file of records (each a compact JSON text and a newline), numbered from 0, with where each starts.
 * Appends are flushed to the file by {@link #flush()}; readers see the records flushed before they began, while
 * appends go on. Thread-safe: a report checkpoint reads on its own thread while the grading appends.
 */
final class SpoolFile implements AutoCloseable {

    private final Path path;
    private final OutputStream out;
    private final FileChannel reads;
    private long[] offsets = new long[1024];
    private int count;
    private long length;
    private long flushed;

    SpoolFile(Path path) throws IOException {
        this.path = path;
        this.out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
        this.reads = FileChannel.open(path, StandardOpenOption.READ);
    }

    /** Append one record; return its number. */
    synchronized int append(byte[] record) throws IOException {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count] = length;
        out.write(record);
        out.write('\n');
        length += record.length + 1L;
        return count++;
    }

    /** The number of records appended. */
    synchronized int count() {
        return count;
    }

    /** Make every record appended so far readable. */
    synchronized void flush() throws IOException {
        out.flush();
        flushed = length;
    }

    /** Return record {@code i} (flushed), without its newline. */
    synchronized byte[] read(int i) {
        long start = offsets[i];
        long end = i + 1 < count ? offsets[i + 1] : length;
        if (end > flushed) {
            throw new IllegalStateException("record " + i + " of " + path + " is not flushed");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (end - start - 1));
        try {
            while (buffer.hasRemaining()) {
                if (reads.read(buffer, start + buffer.position()) < 0) {
                    throw new IOException("unexpected end of " + path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report spool " + path + " could not be read: " + e.getMessage(), e);
        }
        return buffer.array();
    }

    /** Return the byte offset after the first {@code records} records. */
    synchronized long end(int records) {
        return records == count ? length : offsets[records];
    }

    /** Open a stream of the file's first {@code bytes} bytes (flushed), for reading records one after another. */
    synchronized InputStream open(long bytes) throws IOException {
        if (bytes > flushed) {
            throw new IllegalStateException(path + ": " + bytes + " bytes asked, " + flushed + " flushed");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        InputStream whole = Channels.newInputStream(channel);
        return new BufferedInputStream(new InputStream() {
            private long left = bytes;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = whole.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = whole.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        }, 1 << 16);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            reads.close();
        }
    }
}
