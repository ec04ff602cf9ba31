package dev.corstck.reports.html.view;

import org.apiguardian.api.API;

/**
 * Show one count with its name and CSS class, e.g. {@code FAIL 12} styled {@code v-fail}.
 *
 * @param name  what is counted (a verdict or level name)
 * @param css   the CSS class of its colour
 * @param count the count
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CountView(String name, String css, int count) {

    /** Return the count with thousands separators. */
    public String formatted() {
        return String.format("%,d", count);
    }
}
