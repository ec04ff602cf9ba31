package dev.corstck.tck.explain;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Everything one {@code explain} run explained.
 *
 * @param source what was read: the HAR file, the URL, the curl line
 * @param requests the cross-origin requests explained, in input order
 * @param skipped how many input entries were not cross-origin requests (same-origin, navigations, no-cors loads)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExplainReport(String source, List<Explained> requests, int skipped) {

    /** Exit code: every explained request would succeed. */
    public static final int ALL_SUCCEED = 0;
    /** Exit code: some engine profile blocks a request. */
    public static final int SOMETHING_BLOCKED = 1;
    /** Exit code: nothing could be decided (or there was nothing to explain). */
    public static final int NOTHING_DECIDED = 3;

    public ExplainReport {
        Objects.requireNonNull(source, "source must not be null");
        requests = List.copyOf(requests);
    }

    /** The exit code: 1 when something is blocked, 3 when nothing was decided, 0 otherwise. */
    public int exitCode() {
        if (requests.stream().anyMatch(Explained::isBlocked)) {
            return SOMETHING_BLOCKED;
        }
        return requests.stream().anyMatch(Explained::isDecided) ? ALL_SUCCEED : NOTHING_DECIDED;
    }

    public long blocked() {
        return requests.stream().filter(Explained::isBlocked).count();
    }

    public long undecided() {
        return requests.stream().filter(e -> !e.isDecided()).count();
    }

    /** Requests the recording browser blocked without the input holding why. */
    public long blockedUndecided() {
        return requests.stream().filter(Explained::isBlockedUndecided).count();
    }

    /** Requests no profile blocks and at least one allows. */
    public long allowed() {
        return requests.stream().filter(e -> !e.isBlocked() && e.isDecided()).count();
    }
}
