package dev.corstck.harness.engine;

import java.util.Set;

/**
 * Which browser, through which driver, and what it can observe.
 *
 * @param browser {@code chromium}, {@code firefox} or {@code webkit}
 * @param driver {@code playwright}, {@code chromedriver}, {@code grid}, {@code playwright-connect}, {@code bidi},
 *     {@code webkitwebdriver}
 */
public record EngineId(String browser, String driver, Set<Capability> capabilities) {

    public EngineId {
        capabilities = Set.copyOf(capabilities);
    }

    /** What an engine lets the harness see besides what JavaScript sees. */
    public enum Capability {
        /** Console or log messages, such as the CORS error text. */
        CONSOLE,
        /** Network events, preflights included. */
        NETWORK,
        /** A structured CORS error reason (Chromium's {@code corsErrorStatus}). */
        CORS_REASON
    }

    @Override
    public String toString() {
        return browser + "/" + driver;
    }
}
