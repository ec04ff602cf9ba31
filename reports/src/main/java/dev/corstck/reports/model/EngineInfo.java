package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Name an engine that took part in a run, with its version (e.g. {@code chromium 156.0.8078.108}).
 *
 * @param engine  the engine
 * @param version its version as the engine reported it (empty for wire and simulator if unversioned)
 * @param detail  how it was driven, e.g. "Playwright 1.62.0, headless"
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineInfo(Engine engine, String version, String detail) {

    public EngineInfo {
        Objects.requireNonNull(engine, "engine must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }
}
