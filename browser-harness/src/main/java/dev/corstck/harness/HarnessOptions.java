package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a {@link BrowserHarness} starts engines and serves pages. Start from {@link #defaults()} or
 * {@link #builder()}.
 *
 * @param engines the engines callers mean to use; {@link BrowserHarness#warmUp()} starts these; default chromium
 * @param cookies third-party cookie handling; default {@link CookieMode#ALLOW_THIRD_PARTY}
 * @param hostsToLoopback host names (besides {@code localhost}, IP literals and {@code *.localhost}) every engine
 *     resolves to 127.0.0.1, for page origins and targets such as {@code myapp.com}; default none
 * @param launchTimeout longest an engine start may take; default 30 s
 * @param actionTimeout longest one browser command (navigate, new context, evaluate overhead) may take; default 15 s
 * @param fetchTimeout longest one fetch may take in the page before it counts as ERROR; default 10 s
 * @param https whether https page origins may be served (a self-signed certificate is made on first use);
 *     default true
 * @param workDir where browser profiles and the page server's certificate live; default
 *     {@code ${java.io.tmpdir}/cors-tck-harness}
 * @param browsers where the browser binaries are
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HarnessOptions(List<Engine> engines, CookieMode cookies, List<String> hostsToLoopback,
        Duration launchTimeout, Duration actionTimeout, Duration fetchTimeout, boolean https, Path workDir,
        BrowserPaths browsers) {

    public HarnessOptions {
        engines = List.copyOf(engines);
        Objects.requireNonNull(cookies, "cookies must not be null");
        hostsToLoopback = List.copyOf(hostsToLoopback);
        requirePositive(launchTimeout, "launchTimeout");
        requirePositive(actionTimeout, "actionTimeout");
        requirePositive(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(workDir, "workDir must not be null");
        Objects.requireNonNull(browsers, "browsers must not be null");
    }

    private static void requirePositive(Duration d, String name) {
        if (Objects.requireNonNull(d, name + " must not be null").isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    /** Return the defaults stated on each component. */
    public static HarnessOptions defaults() {
        return builder().build();
    }

    /** Start a builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Return a builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.engines = engines;
        b.cookies = cookies;
        b.hostsToLoopback = hostsToLoopback;
        b.launchTimeout = launchTimeout;
        b.actionTimeout = actionTimeout;
        b.fetchTimeout = fetchTimeout;
        b.https = https;
        b.workDir = workDir;
        b.browsers = browsers;
        return b;
    }

    /**
     * Where the browsers are (Debian packages by default).
     *
     * @param chromium default {@code /usr/bin/chromium-headless-shell} (package {@code chromium-headless-shell}):
     *     Chromium's headless shell, the same engine, network stack and CORS code as {@code /usr/bin/chromium} (one
     *     Debian source, one version) without the desktop browser around them, as Playwright and Puppeteer run
     *     headless Chromium by default. A fresh context and page costs it about 120 ms against 290 ms; the browser
     *     differential test runs every scenario in both and requires the same observations. {@code
     *     /usr/bin/chromium} (package {@code chromium}) is the full browser, by {@code --browser-path chromium=...}
     * @param chromedriver default {@code /usr/bin/chromedriver} (package {@code chromium-driver})
     * @param firefox default {@code /usr/bin/firefox-esr} (package {@code firefox-esr})
     * @param miniBrowser default {@code /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser} (package
     *     {@code libwebkit2gtk-4.1-0}; the driver is {@code webkit2gtk-driver})
     */
    public record BrowserPaths(Path chromium, Path chromedriver, Path firefox, Path miniBrowser) {

        /** Debian's Chromium headless shell (package {@code chromium-headless-shell}), the default Chromium. */
        public static final String HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

        /** Debian's full Chromium browser (package {@code chromium}). */
        public static final String FULL_CHROMIUM = "/usr/bin/chromium";

        /** Return the Debian locations. */
        public static BrowserPaths debian() {
            return new BrowserPaths(Path.of(HEADLESS_SHELL), Path.of("/usr/bin/chromedriver"),
                    Path.of("/usr/bin/firefox-esr"), Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"));
        }

        /**
         * Return the Debian locations, each overridden by its setting when given: the system property
         * {@code cors.tck.browser.<key>} (what {@code grade --browser-path key=PATH} sets), else the environment
         * variable {@code CORS_TCK_<KEY>}, for the keys {@code chromium}, {@code chromedriver}, {@code firefox} and
         * {@code webkit} (the MiniBrowser); {@code webkit-driver} ({@code CORS_TCK_WEBKIT_DRIVER}) is read where
         * WebKitWebDriver is looked up.
         */
        public static BrowserPaths configured() {
            BrowserPaths d = debian();
            return new BrowserPaths(setting("chromium").orElse(d.chromium()),
                    setting("chromedriver").orElse(d.chromedriver()), setting("firefox").orElse(d.firefox()),
                    setting("webkit").orElse(d.miniBrowser()));
        }

        /** The keys {@link #configured()} and {@code webkit-driver} accept. */
        public static final List<String> KEYS = List.of("chromium", "chromedriver", "firefox", "webkit",
                "webkit-driver");

        /** The configured path for {@code key} (see {@link #configured()}), if any. */
        public static java.util.Optional<Path> setting(String key) {
            String value = System.getProperty("cors.tck.browser." + key);
            if (value == null || value.isBlank()) {
                value = System.getenv("CORS_TCK_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
            return value == null || value.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(value.strip()));
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private List<Engine> engines = List.of(Engine.CHROMIUM);
        private CookieMode cookies = CookieMode.ALLOW_THIRD_PARTY;
        private List<String> hostsToLoopback = List.of();
        private Duration launchTimeout = Duration.ofSeconds(30);
        private Duration actionTimeout = Duration.ofSeconds(15);
        private Duration fetchTimeout = Duration.ofSeconds(10);
        private boolean https = true;
        private Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "cors-tck-harness");
        private BrowserPaths browsers = BrowserPaths.configured();

        private Builder() {}

        public Builder engines(List<Engine> value) { engines = value; return this; }
        public Builder engines(Engine... value) { engines = List.of(value); return this; }
        public Builder cookies(CookieMode value) { cookies = value; return this; }
        public Builder hostsToLoopback(List<String> value) { hostsToLoopback = value; return this; }
        public Builder launchTimeout(Duration value) { launchTimeout = value; return this; }
        public Builder actionTimeout(Duration value) { actionTimeout = value; return this; }
        public Builder fetchTimeout(Duration value) { fetchTimeout = value; return this; }
        public Builder https(boolean value) { https = value; return this; }
        public Builder workDir(Path value) { workDir = value; return this; }
        public Builder browsers(BrowserPaths value) { browsers = value; return this; }

        /** Validate and return the options. */
        public HarnessOptions build() {
            return new HarnessOptions(engines, cookies, hostsToLoopback, launchTimeout, actionTimeout, fetchTimeout,
                    https, workDir, browsers);
        }
    }
}
