package dev.corstck.tck.junit;

import org.apiguardian.api.API;

/**
 * Name a real browser that confirms verdicts for {@link CorsConformance#browsers()}: the annotation's own type, so a
 * test class depends on this package only and not on the kit's grading types. A remote browser ({@code grid:URL},
 * {@code webkit@grid:URL}, {@code cdp:URL}, {@code ws:URL}) is a property of one run, not of the class: set it with
 * {@value CorsTckParameters#BROWSERS}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Browser {
    /** Chromium (Playwright, or chromedriver). */
    CHROMIUM,
    /** Firefox (WebDriver BiDi). */
    FIREFOX,
    /** WebKit (WebKitWebDriver). */
    WEBKIT
}
