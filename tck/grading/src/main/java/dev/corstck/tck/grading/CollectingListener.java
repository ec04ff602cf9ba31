package dev.corstck.tck.grading;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener that keeps every finding and passes everything on: how {@link Grader#grade} returns the findings while
 * the grading itself streams them. It overrides every method of {@link GradingListener}; a method added there must be
 * forwarded here too, or {@code grade} callers stop hearing it.
 */
final class CollectingListener implements GradingListener {

    private final GradingListener next;
    private final List<Finding> findings = new ArrayList<>();

    CollectingListener(GradingListener next) {
        this.next = next;
    }

    /** The findings so far, in the order they were decided. */
    List<Finding> findings() {
        return findings;
    }

    @Override
    public void planned(int scenarios, int browserCalls) {
        next.planned(scenarios, browserCalls);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
        next.finding(finding);
    }

    @Override
    public void console(String scenarioId, String line) {
        next.console(scenarioId, line);
    }

    @Override
    public void progress(String phase, int done, int total) {
        next.progress(phase, done, total);
    }

    @Override
    public void engineVersion(BrowserEngine engine, String version) {
        next.engineVersion(engine, version);
    }

    @Override
    public void finished(GradingStats stats) {
        next.finished(stats);
    }
}
