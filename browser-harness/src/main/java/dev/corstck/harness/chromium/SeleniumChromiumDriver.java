package dev.corstck.harness.chromium;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import java.net.URI;
import java.nio.file.Path;

/** Chromium through Selenium: chromedriver, or a remote WebDriver endpoint (Grid). */
public final class SeleniumChromiumDriver {

    private SeleniumChromiumDriver() {}

    /** Start chromedriver and a headless Chromium. */
    public static EngineDriver launch(LaunchSpec spec, Path chromedriver) throws EngineException {
        throw new EngineException("chromium-selenium is not wired yet");
    }

    /** Open a session on a remote WebDriver endpoint. */
    public static EngineDriver remote(URI endpoint, LaunchSpec spec) throws EngineException {
        throw new EngineException("grid is not wired yet");
    }
}
