package dev.corstck.reports.writer;

import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.spool.FindingSpool;
import dev.corstck.reports.spool.Spools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link IncrementalReportWriter} knows so far about one target: its findings in memory, or, once there are
 * more than the writer's {@code spoolAfter}, in a spool in the report directory. The writer's lock guards it.
 */
final class TargetState {
    final String target;
    final String label;
    final String policy;
    private final Path dir;
    private final IntSupplier spoolAfter;
    private final List<Finding> findings = new ArrayList<>();
    private @Nullable FindingSpool spool;
    List<EngineAgreement> agreement = List.of();
    boolean complete;

    TargetState(String target, String label, String policy, Path dir, IntSupplier spoolAfter) {
        this.target = target;
        this.label = label;
        this.policy = policy;
        this.dir = dir;
        this.spoolAfter = spoolAfter;
    }

    void add(List<Finding> more) throws IOException {
        if (spool == null && findings.size() + more.size() > spoolAfter.getAsInt()) {
            spool = Spools.create(dir);
            for (Finding f : findings) {
                spool.append(f);
            }
            findings.clear();
        }
        if (spool == null) {
            findings.addAll(more);
        } else {
            for (Finding f : more) {
                spool.append(f);
            }
        }
    }

    long size() {
        return spool == null ? findings.size() : spool.size();
    }

    /** The findings so far: the list itself (the report copies it), or a snapshot of the spool. */
    List<Finding> findings() {
        if (spool == null) {
            return findings;
        }
        try {
            return spool.snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException("the report spool could not be flushed: " + e.getMessage(), e);
        }
    }
}
