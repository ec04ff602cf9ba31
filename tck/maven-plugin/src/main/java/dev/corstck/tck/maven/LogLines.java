package dev.corstck.tck.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An output stream that hands each line written to it to the build log (and keeps them): the kit prints to streams,
 * Maven logs lines.
 */
final class LogLines extends OutputStream {

    private final Consumer<CharSequence> log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();

    LogLines(Consumer<CharSequence> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    /** The lines written so far. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        lines.add(text);
        log.accept(text);
    }
}
