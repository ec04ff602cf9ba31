package dev.corstck.reports.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * A write inside a visitor ({@code CitedFindings.forEachCited} and the like take plain consumers): its
 * {@link IOException} is rethrown unchecked, and the writer that started the visit unwraps it again.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class UncheckedWrite {

    /** A write that may fail. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    private UncheckedWrite() {
    }

    /** Run {@code action}, its {@link IOException} wrapped in an {@link UncheckedIOException}. */
    public static void run(Action action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
