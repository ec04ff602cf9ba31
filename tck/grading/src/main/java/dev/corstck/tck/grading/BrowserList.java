package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.Engine;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A parsed {@code --browsers} value: the browsers, in order, and where each runs. {@code grid:http://host:4444} (or
 * {@code chromium@grid:URL}) is Chromium on that Selenium Grid (or any W3C WebDriver endpoint with Chrome),
 * {@code webkit@grid:URL} WebKit (MiniBrowser) on a Grid whose node relays to a WebKitWebDriver,
 * {@code cdp:http://127.0.0.1:9222} a
 * running Chromium reached over CDP (Playwright {@code connectOverCDP}; a {@code ws://…/devtools/browser/…} URL too),
 * {@code ws:ws://127.0.0.1:3000/} a Playwright browser server ({@code playwright run-server} or {@code launchServer};
 * Playwright {@code connect}). Each stands for its browser ({@code webkit@grid:} for {@code webkit}, the others for
 * {@code chromium}) in the list and in reports. Firefox elsewhere is refused: the kit drives Firefox over WebDriver
 * BiDi only, and Debian has no geckodriver for a Grid node.
 *
 * @param engines the browsers, each once, in the order given
 * @param drivers where each runs
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BrowserList(List<BrowserEngine> engines, BrowserDrivers drivers) {

    public BrowserList {
        engines = List.copyOf(engines);
        Objects.requireNonNull(drivers, "drivers must not be null");
    }

    /** Local browsers only. */
    public static BrowserList local(List<BrowserEngine> engines) {
        return new BrowserList(engines, BrowserDrivers.LOCAL);
    }

    /**
     * Parse a comma-separated list ({@code chromium,firefox}, {@code grid:URL,webkit}), each browser once; {@code none}
     * or a blank list is no browser. A browser named both locally and remotely is refused.
     *
     * @throws IllegalArgumentException naming the first bad item and the accepted values
     */
    public static BrowserList parse(String names) {
        List<BrowserEngine> out = new ArrayList<>();
        Map<BrowserEngine, Engine> remote = new EnumMap<>(BrowserEngine.class);
        for (String raw : names.split(",")) {
            String n = raw.strip();
            if (n.isEmpty() || n.equalsIgnoreCase("none")) {
                continue;
            }
            java.util.Optional<Engine> endpoint = remote(n);
            BrowserEngine engine = endpoint.isPresent() ? engine(endpoint.get().browser()) : engine(n);
            boolean named = out.contains(engine);
            if (named && (endpoint.isPresent() || remote.containsKey(engine))) {
                throw new IllegalArgumentException(n + ": " + engine.id() + " is named twice (webkit@grid:URL "
                        + "stands for webkit, the other remote endpoints for chromium)");
            }
            endpoint.ifPresent(e -> remote.put(engine, e));
            if (!named) {
                out.add(engine);
            }
        }
        return new BrowserList(out, new BrowserDrivers(remote));
    }

    private static java.util.Optional<Engine> remote(String item) {
        int colon = item.indexOf(':');
        if (colon < 0) {
            return java.util.Optional.empty();
        }
        String prefix = item.substring(0, colon).toLowerCase(Locale.ROOT);
        String url = item.substring(colon + 1).strip();
        return switch (prefix) {
            case "grid", "chromium@grid" -> java.util.Optional.of(Engine.remote(Engine.Kind.SELENIUM_GRID,
                    uri(item, url, List.of("http", "https"), "grid:http://host:4444")));
            case "webkit@grid" -> java.util.Optional.of(Engine.remote(Engine.Kind.WEBKIT_GRID,
                    uri(item, url, List.of("http", "https"), "webkit@grid:http://host:4444")));
            case "firefox@grid" -> throw new IllegalArgumentException(item + ": Firefox through a Grid is not "
                    + "offered (the kit drives Firefox over WebDriver BiDi, and Debian has no geckodriver for a Grid "
                    + "node): use firefox, or chromium and webkit on a Grid (grid:URL, webkit@grid:URL)");
            case "cdp" -> java.util.Optional.of(Engine.remote(Engine.Kind.CDP_CONNECT,
                    uri(item, url, List.of("http", "https", "ws", "wss"), "cdp:http://127.0.0.1:9222")));
            case "ws", "playwright" -> java.util.Optional.of(Engine.remote(Engine.Kind.PLAYWRIGHT_CONNECT,
                    uri(item, url, List.of("ws", "wss"), "ws:ws://127.0.0.1:3000/")));
            default -> java.util.Optional.empty();
        };
    }

    private static URI uri(String item, String url, List<String> schemes, String example) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(item + " is not a URL: use " + example, e);
        }
        if (uri.getHost() == null || uri.getScheme() == null
                || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(item + " is not a " + String.join("/", schemes) + " URL: use "
                    + example);
        }
        return uri;
    }

    /**
     * Parse a comma-separated list of local browsers ({@code chromium,firefox}), each name once, in the order given;
     * {@code none} or a blank list is no browser (wire and simulator only). Remote endpoints ({@code grid:URL} …) are
     * refused here: {@link #parse} reads them, with the endpoint in the value it returns.
     *
     * @throws IllegalArgumentException naming the first unknown browser and the accepted values
     */
    public static List<BrowserEngine> parseLocal(String names) {
        BrowserList list = parse(names);
        if (!list.drivers().remote().isEmpty()) {
            throw new IllegalArgumentException(names.strip() + ": remote browsers (grid:, webkit@grid:, cdp:, ws:) are "
                    + "accepted by grade, certify, demo and the JUnit engine only");
        }
        return list.engines();
    }

    /** Read one local browser name, or say which names there are. */
    private static BrowserEngine engine(String name) {
        return BrowserEngine.fromId(name).orElseThrow(() -> new IllegalArgumentException("unknown browser '" + name
                + "': use chromium, firefox, webkit, grid:URL, webkit@grid:URL, cdp:URL, ws:URL or none"));
    }
}
