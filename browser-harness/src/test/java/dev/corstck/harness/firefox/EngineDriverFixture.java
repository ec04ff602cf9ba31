package dev.corstck.harness.firefox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What an engine's {@link EngineDriverContract} tests share: one driver (third-party cookies allowed) and one
 * {@link CorsApiFixture} for the whole class, in a fresh work dir; at the end nothing of the driver may still run and
 * nothing may be left in the work dir.
 *
 * @param <D> the engine's driver type, so tests reach its engine-specific methods
 */
public abstract class EngineDriverFixture<D extends EngineDriver> implements EngineDriverContract {

    private final Path executable;
    private final List<String> hostsToLoopback;
    private final String leftoverFiles;
    protected CorsApiFixture fixture;
    protected D driver;
    protected Path workDir;

    /**
     * Drive {@code executable}, asking the shared and fresh drivers to map {@code hostsToLoopback}; name what may be
     * left in the work dir {@code leftoverFiles} in failures.
     */
    protected EngineDriverFixture(Path executable, List<String> hostsToLoopback, String leftoverFiles) {
        this.executable = executable;
        this.hostsToLoopback = List.copyOf(hostsToLoopback);
        this.leftoverFiles = leftoverFiles;
    }

    /** Launch this engine's driver. */
    protected abstract D launch(LaunchSpec spec) throws EngineException;

    @BeforeAll
    void launchShared() throws Exception {
        workDir = Files.createTempDirectory(getClass().getSimpleName() + "-");
        fixture = new CorsApiFixture();
        driver = launch(spec(CookieMode.ALLOW_THIRD_PARTY, hostsToLoopback));
    }

    @AfterAll
    void closeShared() {
        Set<ProcessHandle> started = driver == null ? Set.of() : processesOf(driver);
        if (driver != null) {
            driver.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        assertThat(Leftovers.running(started)).isEmpty();
        assertThat(workDir.toFile().list()).as(leftoverFiles + " left in the work dir").isEmpty();
    }

    @Override
    public EngineDriver driver() {
        return driver;
    }

    @Override
    public CorsApiFixture fixture() {
        return fixture;
    }

    @Override
    public EngineDriver launchFresh() throws EngineException {
        return launch(spec(CookieMode.ENGINE_DEFAULT, hostsToLoopback));
    }

    @Override
    public EngineDriver launchWith(Path otherExecutable, Duration launchTimeout) throws EngineException {
        return launch(new LaunchSpec(otherExecutable, List.of(), CookieMode.ENGINE_DEFAULT, launchTimeout, TIMEOUT,
                workDir));
    }

    /** Return a launch spec for this engine's executable in the class's work dir. */
    protected LaunchSpec spec(CookieMode cookies, List<String> hosts) {
        return new LaunchSpec(executable, hosts, cookies, Duration.ofSeconds(30), Duration.ofSeconds(15), workDir);
    }
}
