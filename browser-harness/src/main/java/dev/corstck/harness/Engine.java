package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.corstck.fetch.engine.BrowserEngine;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which browser, driven how. Parse the command-line forms with {@link #parse(String)}:
 * {@code chromium} (Playwright + Debian Chromium), {@code chromium-selenium} (Selenium + chromedriver),
 * {@code firefox} (WebDriver BiDi), {@code webkit} (WebKitWebDriver + MiniBrowser), {@code grid:http://host:4444}
 * (a remote Selenium Grid or any W3C WebDriver endpoint with Chrome; {@code chromium@grid:URL} says the same),
 * {@code webkit@grid:URL} (MiniBrowser sessions on a Grid that relays to WebKitWebDriver), {@code cdp:ws://…} or
 * {@code cdp:http://host:9222}
 * (Playwright {@code connectOverCDP} to a running Chromium), {@code playwright:ws://…} (Playwright {@code connect}).
 *
 * @param kind the driver family
 * @param endpoint the remote endpoint for {@link Kind#SELENIUM_GRID}, {@link Kind#WEBKIT_GRID},
 *     {@link Kind#CDP_CONNECT} and {@link Kind#PLAYWRIGHT_CONNECT}
 * @param session which of several sessions this is ({@link #session(int)}): a Grid's (Chrome or WebKit), or a
 *     lane of the local Playwright Chromium; 0 for every other engine
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Engine(Kind kind, Optional<URI> endpoint, int session) {

    /** The driver families. */
    public enum Kind {
        CHROMIUM_PLAYWRIGHT("chromium", "playwright"),
        CHROMIUM_SELENIUM("chromium", "chromedriver"),
        SELENIUM_GRID("chromium", "grid"),
        CDP_CONNECT("chromium", "playwright-cdp"),
        PLAYWRIGHT_CONNECT("chromium", "playwright-connect"),
        FIREFOX("firefox", "bidi"),
        WEBKIT("webkit", "webkitwebdriver"),
        /** MiniBrowser sessions on a Selenium Grid whose node relays to a WebKitWebDriver ({@code webkit@grid:URL}). */
        WEBKIT_GRID("webkit", "grid");

        private final String browser;
        private final String driver;

        Kind(String browser, String driver) {
            this.browser = browser;
            this.driver = driver;
        }

        /** Return the browser name used in reports. */
        public String browser() {
            return browser;
        }

        /** Return the driver name. */
        public String driver() {
            return driver;
        }

        boolean isRemote() {
            return isGrid() || this == CDP_CONNECT || this == PLAYWRIGHT_CONNECT;
        }

        /** Answer whether this runs on a Selenium Grid, where each harness session is a WebDriver session. */
        public boolean isGrid() {
            return this == SELENIUM_GRID || this == WEBKIT_GRID;
        }
    }

    /** Chromium through Playwright 1.62 and {@code /usr/bin/chromium}. */
    public static final Engine CHROMIUM = new Engine(Kind.CHROMIUM_PLAYWRIGHT, Optional.empty());
    /** Chromium through Selenium and {@code /usr/bin/chromedriver}. */
    public static final Engine CHROMIUM_SELENIUM = new Engine(Kind.CHROMIUM_SELENIUM, Optional.empty());
    /** Firefox ESR over WebDriver BiDi. */
    public static final Engine FIREFOX = new Engine(Kind.FIREFOX, Optional.empty());
    /** WebKitGTK MiniBrowser through WebKitWebDriver under Xvfb. */
    public static final Engine WEBKIT = new Engine(Kind.WEBKIT, Optional.empty());

    /**
     * Return the local driver of {@code browser}: Playwright with Debian's Chromium, Firefox over WebDriver BiDi,
     * WebKitWebDriver with MiniBrowser. A remote endpoint is a property of one run, not of the browser.
     */
    public static Engine local(BrowserEngine browser) {
        return switch (browser) {
            case CHROMIUM -> CHROMIUM;
            case FIREFOX -> FIREFOX;
            case WEBKIT -> WEBKIT;
        };
    }

    public Engine {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(endpoint, "endpoint must not be null");
        if (kind.isRemote() != endpoint.isPresent()) {
            throw new IllegalArgumentException(kind + (kind.isRemote() ? " needs" : " takes no") + " endpoint");
        }
        if (session < 0 || session > 0 && !kind.isGrid() && kind != Kind.CHROMIUM_PLAYWRIGHT) {
            throw new IllegalArgumentException("session " + session
                    + ": only a Selenium Grid and the local Playwright Chromium have several sessions");
        }
    }

    /** Create {@code kind} at {@code endpoint} (empty for a local engine), its first session. */
    public Engine(Kind kind, Optional<URI> endpoint) {
        this(kind, endpoint, 0);
    }

    /**
     * Return session {@code n} of this engine, run beside the others (see {@link BrowserHarness#sessionsAtOnce}): on a
     * Grid a separate WebDriver session (its own browser on whichever node the Grid picks); for the local Playwright
     * Chromium a lane, its own Playwright connection to the one Chromium, whose pages get fresh contexts as always.
     */
    public Engine session(int n) {
        return new Engine(kind, endpoint, n);
    }

    /** Create a remote engine of {@code kind} at {@code endpoint}. */
    public static Engine remote(Kind kind, URI endpoint) {
        return new Engine(kind, Optional.of(endpoint));
    }

    /** Parse {@code chromium}, {@code chromium-selenium}, {@code firefox}, {@code webkit}, {@code grid:URL},
     *  {@code chromium@grid:URL}, {@code webkit@grid:URL}, {@code cdp:URL} or {@code playwright:URL}. */
    public static Engine parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "chromium": case "chromium-playwright": return CHROMIUM;
            case "chromium-selenium": case "chromedriver": return CHROMIUM_SELENIUM;
            case "firefox": return FIREFOX;
            case "webkit": return WEBKIT;
            default: return parseRemote(t);
        }
    }

    private static Engine parseRemote(String t) {
        int colon = t.indexOf(':');
        String prefix = colon < 0 ? t : t.substring(0, colon).toLowerCase(Locale.ROOT);
        Kind kind = switch (prefix) {
            case "grid", "chromium@grid" -> Kind.SELENIUM_GRID;
            case "webkit@grid" -> Kind.WEBKIT_GRID;
            case "cdp" -> Kind.CDP_CONNECT;
            case "playwright" -> Kind.PLAYWRIGHT_CONNECT;
            default -> throw new IllegalArgumentException("unknown engine '" + t + "': use chromium, "
                    + "chromium-selenium, firefox, webkit, grid:URL, webkit@grid:URL, cdp:URL or playwright:URL");
        };
        if (colon < 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("engine '" + t + "' needs a URL after '" + prefix + ":'");
        }
        return remote(kind, URI.create(t.substring(colon + 1)));
    }

    /** Return the browser name used in reports ({@code chromium}, {@code firefox}, {@code webkit}). */
    public String browser() {
        return kind.browser();
    }

    /** Return the driver name ({@code playwright}, {@code chromedriver}, {@code grid}, {@code bidi} …). */
    public String driver() {
        return kind.driver();
    }

    @Override
    public String toString() {
        String lane = session == 0 ? "" : "#" + session;
        return endpoint.map(e -> kind.browser() + "/" + kind.driver() + "@" + e + lane)
                .orElse(kind.browser() + "/" + kind.driver() + lane);
    }
}
