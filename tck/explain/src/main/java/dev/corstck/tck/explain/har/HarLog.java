package dev.corstck.tck.explain.har;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A HAR 1.2 log: who wrote it and its entries.
 *
 * @param creator {@code log.creator.name} ({@code WebInspector} for Chromium DevTools, {@code Firefox},
 *     {@code WebKit Web Inspector}, {@code Playwright} …)
 * @param browser {@code log.browser.name}, empty when absent
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HarLog(String creator, String browser, List<HarEntry> entries) {

    public HarLog {
        Objects.requireNonNull(creator, "creator must not be null");
        Objects.requireNonNull(browser, "browser must not be null");
        entries = List.copyOf(entries);
    }
}
