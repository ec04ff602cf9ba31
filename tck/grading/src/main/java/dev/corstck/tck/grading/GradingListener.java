package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Finding;
import org.apiguardian.api.API;

/**
 * Follow a grading run as it goes: the plan, each finding as soon as it is decided (so a report written from these
 * keeps everything gathered before a failure or Ctrl-C), and progress. Called from the grading thread only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface GradingListener {

    /** A listener that ignores everything. */
    GradingListener NONE = new GradingListener() {
    };

    /** The run will grade {@code scenarios} scenarios, {@code browserCalls} of them also in browsers. */
    default void planned(int scenarios, int browserCalls) {
    }

    /** A finding was decided. */
    default void finding(Finding finding) {
    }

    /**
     * A failing scenario's console line as the simulator's Chromium profile predicts it, or empty when the page may
     * read the response (nothing is logged); at most once per scenario and finding.
     */
    default void console(String scenarioId, String line) {
    }

    /** {@code done} of {@code total} steps of the phase named {@code phase} ({@code wire}, {@code chromium}…). */
    default void progress(String phase, int done, int total) {
    }

    /** The run ended (completely or not); {@code stats} says how it went. */
    /** A browser engine started and reported its version (e.g. "Chromium 131.0.6778.85"). */
    default void engineVersion(BrowserEngine engine, String version) {
    }

    default void finished(GradingStats stats) {
    }
}
