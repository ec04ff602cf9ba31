package dev.corstck.tck.simulator;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a fetch failed: the reason, the offending value (a header name, a method, an ACAO value…) and each engine's
 * console wording.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Block(BlockReason reason, String detail, ConsoleMessages console) {

    public Block {
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(console, "console must not be null");
    }

    /** The {@code Network.CorsError} Chromium reports for this block, if any. */
    public Optional<String> chromiumCorsError() {
        return reason.chromiumCorsError();
    }
}
