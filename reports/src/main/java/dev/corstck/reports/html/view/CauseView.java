package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One root cause at the top of {@code index.html}: what is wrong, the fix, the browser's console line and a curl
 * command that shows it.
 *
 * @param target    the target's label
 * @param id        the cause's ID
 * @param css       the verdict's class
 * @param verdict   FAIL or WARN
 * @param summary   what is wrong, in one sentence
 * @param remedy    the fix; empty when none is known
 * @param console   the console line; empty when unknown
 * @param curl      the curl command; empty when none
 * @param rules     the rules it breaks
 * @param endpoints the endpoints it was seen on
 * @param findings  how many findings it explains
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public record CauseView(String target, String id, String css, String verdict, String summary, String remedy,
                        String console, String curl, List<String> rules, List<String> endpoints, int findings) {

    public CauseView {
        rules = List.copyOf(rules);
        endpoints = List.copyOf(endpoints);
    }
}
