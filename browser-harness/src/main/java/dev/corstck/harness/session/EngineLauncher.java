package dev.corstck.harness.session;

import dev.corstck.harness.CookieMode;
import dev.corstck.harness.Engine;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.chromium.ChromiumBuild;
import dev.corstck.harness.chromium.PlaywrightChromiumDriver;
import dev.corstck.harness.chromium.SeleniumChromiumDriver;
import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.firefox.FirefoxBidiDriver;
import dev.corstck.harness.process.WorkDirs;
import dev.corstck.harness.webkit.WebKitDriver;
import dev.corstck.harness.webkit.WebKitGridDriver;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Start the driver for an {@link Engine}, after checking that its programs are installed. */
final class EngineLauncher {

    private EngineLauncher() {}

    /** A started driver and the work directory made for it (deleted when the driver is discarded). */
    record Launched(EngineDriver driver, Path workDir) {}

    /** Start {@code engine} with a fresh work directory. */
    static Launched launch(Engine engine, HarnessOptions options) throws EngineException {
        LaunchSpec spec = spec(options, engine);
        try {
            return new Launched(start(engine, options.browsers(), spec), spec.workDir());
        } catch (EngineException | RuntimeException e) {
            WorkDirs.deleteQuietly(spec.workDir());
            throw e;
        }
    }

    private static EngineDriver start(Engine engine, HarnessOptions.BrowserPaths paths, LaunchSpec spec)
            throws EngineException {
        return switch (engine.kind()) {
            case CHROMIUM_PLAYWRIGHT -> PlaywrightChromiumDriver.launch(
                    with(spec, require(paths.chromium(), "chromium", ChromiumBuild.debianPackage(paths.chromium()))));
            case CHROMIUM_SELENIUM -> SeleniumChromiumDriver.launch(
                    with(spec, require(ChromiumBuild.fullBrowser(paths.chromium()), "chromium", "chromium")),
                    require(paths.chromedriver(), "chromedriver", "chromium-driver"));
            case SELENIUM_GRID -> SeleniumChromiumDriver.remote(endpoint(engine), with(spec, paths.chromium()));
            case WEBKIT_GRID -> WebKitGridDriver.remote(endpoint(engine), with(spec, paths.miniBrowser()));
            case CDP_CONNECT -> PlaywrightChromiumDriver.connectOverCdp(endpoint(engine),
                    with(spec, paths.chromium()));
            case PLAYWRIGHT_CONNECT -> PlaywrightChromiumDriver.connect(endpoint(engine),
                    with(spec, paths.chromium()));
            case FIREFOX -> FirefoxBidiDriver.launch(
                    with(spec, require(paths.firefox(), "Firefox", "firefox-esr")));
            case WEBKIT -> WebKitDriver.launch(with(spec, require(paths.miniBrowser(), "WebKitGTK MiniBrowser",
                    "libwebkit2gtk-4.1-0 webkit2gtk-driver xvfb")));
        };
    }

    private static URI endpoint(Engine engine) {
        return engine.endpoint().orElseThrow();
    }

    private static Path require(Path program, String name, String debianPackages) throws EngineException {
        if (!Files.isExecutable(program)) {
            throw new EngineException(name + " is not installed (" + program + " missing): install the Debian "
                    + "package(s) '" + debianPackages + "' (apt-get install -y " + debianPackages + ")");
        }
        return program;
    }

    private static LaunchSpec with(LaunchSpec spec, Path executable) {
        return new LaunchSpec(executable, spec.hostsToLoopback(), spec.cookies(), spec.launchTimeout(),
                spec.actionTimeout(), spec.workDir());
    }

    private static LaunchSpec spec(HarnessOptions options, Engine engine) throws EngineException {
        try {
            Path dir = WorkDirs.fresh(options.workDir(), engine.browser() + "-" + engine.driver());
            LaunchSpec.CookieMode cookies = options.cookies() == CookieMode.ALLOW_THIRD_PARTY
                    ? LaunchSpec.CookieMode.ALLOW_THIRD_PARTY : LaunchSpec.CookieMode.ENGINE_DEFAULT;
            return new LaunchSpec(options.browsers().chromium(), options.hostsToLoopback(), cookies,
                    options.launchTimeout(), options.actionTimeout(), dir);
        } catch (IOException e) {
            throw new EngineException("cannot create a work directory under " + options.workDir() + ": "
                    + e.getMessage(), e);
        }
    }
}
