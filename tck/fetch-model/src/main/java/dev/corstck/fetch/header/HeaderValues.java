package dev.corstck.fetch.header;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Read a header's value the way a browser's header list does.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * Combine the field lines of one header name: each value normalized (stripped of HTTP whitespace only), joined by
     * {@code ", "}; empty when there is no line (see fetch#concept-header-list-get, fetch#concept-header-value-normalize).
     */
    public static String combine(List<String> lines) {
        if (lines.size() == 1) {
            return HttpWhitespace.strip(lines.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(HttpWhitespace.strip(lines.get(i)));
        }
        return out.toString();
    }
}
