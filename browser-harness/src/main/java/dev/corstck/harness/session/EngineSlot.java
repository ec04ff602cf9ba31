package dev.corstck.harness.session;

import dev.corstck.harness.Capability;
import dev.corstck.harness.Engine;
import dev.corstck.harness.EngineInfo;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.chromium.PlaywrightChromiumDriver;
import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.WorkDirs;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One engine's driver, started on first use and started again after it crashed or hung. The processes of a discarded
 * driver are killed by PID. A lane of the local Chromium has a base, session 0's slot: its driver is a further
 * Playwright connection to the base's Chromium (started first if needed), and discarding it ends that connection only.
 */
final class EngineSlot implements AutoCloseable {

    private final Engine engine;
    private final HarnessOptions options;
    private final Optional<EngineSlot> base;
    private volatile Optional<EngineDriver> driver = Optional.empty();
    private Optional<Path> workDir = Optional.empty();
    private volatile int starts;

    EngineSlot(Engine engine, HarnessOptions options, Optional<EngineSlot> base) {
        this.engine = engine;
        this.options = options;
        this.base = base;
    }

    /** Return the running driver, starting (or restarting) it if needed. */
    EngineDriver driver() throws EngineException {
        if (driver.isPresent() && !driver.get().isAlive()) {
            discard();
        }
        if (driver.isEmpty() && base.isPresent()) {
            driver = Optional.of(base.get().lane());
            starts++;
        }
        if (driver.isEmpty()) {
            EngineLauncher.Launched launched = EngineLauncher.launch(engine, options);
            driver = Optional.of(launched.driver());
            workDir = Optional.of(launched.workDir());
            starts++;
        }
        return driver.get();
    }

    /** Return a new lane on this slot's Chromium, under this slot's lock (the lane's caller holds its own). */
    private synchronized EngineDriver lane() throws EngineException {
        if (driver() instanceof PlaywrightChromiumDriver chromium) {
            return chromium.lane();
        }
        throw new EngineException(engine + " has no lanes");
    }

    /** Close the driver and kill whatever it left running; the next {@link #driver()} starts a new one. */
    void discard() {
        driver.ifPresent(d -> {
            var pids = d.processIds();
            try {
                d.close();
            } finally {
                pids.forEach(ProcessRegistry::kill);
            }
        });
        driver = Optional.empty();
        workDir.ifPresent(WorkDirs::deleteQuietly);
    }

    /** Return what the engine cannot observe. */
    Set<Capability> unavailable() {
        Set<Capability> missing = EnumSet.allOf(Capability.class);
        driver.ifPresent(d -> d.id().capabilities().forEach(c -> missing.remove(Capability.valueOf(c.name()))));
        return missing;
    }

    /** Return the driver's name as it reports it (e.g. {@code playwright}), or the engine's. */
    String driverName() {
        return driver.map(d -> d.id().driver()).orElse(engine.driver());
    }

    /** Return what is known about the running engine. */
    Optional<EngineInfo> info() {
        return driver.map(d -> new EngineInfo(engine, d.browserVersion(), d.id().capabilities().stream()
                .map(EngineId.Capability::name).map(Capability::valueOf).collect(Collectors.toSet()),
                d.processIds(), Math.max(0, starts - 1)));
    }

    @Override
    public void close() {
        discard();
    }
}
