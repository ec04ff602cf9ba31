package dev.corstck.reports.json;

import java.io.IOException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Signal that a file is not a report this version can read: not JSON, another schema major, or invalid content.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Create the exception with a message naming the file and what is wrong. */
    public ReportFormatException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
