package dev.corstck.harness.chromium;

import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.engine.LaunchSpec;
import java.nio.file.Path;

/**
 * Which Chromium build runs: the headless shell (Debian {@code chromium-headless-shell}, the default) or the full
 * browser (Debian {@code chromium}). Both are one Debian source at one version, with the same Blink, network service
 * and CORS code; the shell lacks the desktop browser around them, which makes a fresh context and page about 2.4
 * times cheaper. Where the two differ, the full browser runs instead:
 *
 * <ul>
 *   <li>{@link LaunchSpec.CookieMode#ENGINE_DEFAULT}: the full browser blocks third-party cookies by default, the
 *       shell does not and has no setting for it, so "what real users get" is the full browser's;</li>
 *   <li>chromedriver (local or on a Grid) does not drive the shell here.</li>
 * </ul>
 * The browser differential test runs every scenario in both builds and requires the same observations.
 */
public final class ChromiumBuild {

    private ChromiumBuild() {}

    /** Whether {@code executable} is a Chromium headless shell (Debian's, Playwright's or Puppeteer's). */
    public static boolean isHeadlessShell(Path executable) {
        Path name = executable.getFileName();
        return name != null && name.toString().contains("headless");
    }

    /** The build a Chromium launched for {@code cookies} runs: the full browser where the shell would differ. */
    static Path forCookies(Path executable, LaunchSpec.CookieMode cookies) {
        return cookies == LaunchSpec.CookieMode.ENGINE_DEFAULT ? fullBrowser(executable) : executable;
    }

    /** {@code executable}, or the full browser when it is a headless shell (for chromedriver). */
    public static Path fullBrowser(Path executable) {
        return isHeadlessShell(executable) ? Path.of(HarnessOptions.BrowserPaths.FULL_CHROMIUM) : executable;
    }

    /** The version the report records: {@code version}, marked {@code (headless shell)} for the shell. */
    static String version(String version, Path executable) {
        return isHeadlessShell(executable) ? version + " (headless shell)" : version;
    }

    /** The Debian package that installs {@code executable}, for a message saying what is missing. */
    public static String debianPackage(Path executable) {
        return isHeadlessShell(executable) ? "chromium-headless-shell" : "chromium";
    }
}
