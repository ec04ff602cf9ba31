package dev.corstck.tck.engine.baseline;

import dev.corstck.reports.model.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The known failures of a class: findings they cover that fail are aborted with "known failure (baseline)" instead
 * of failing the build.
 *
 * @param file    where the baseline lives (read, and rewritten in update mode); empty for none
 * @param entries the entries, in file order
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Baseline(Optional<Path> file, List<BaselineEntry> entries) {

    /** No baseline: every failure fails. */
    public static final Baseline NONE = new Baseline(Optional.empty(), List.of());

    public Baseline {
        Objects.requireNonNull(file, "file must not be null");
        entries = List.copyOf(entries);
    }

    /** The first entry that covers {@code finding}. */
    public Optional<BaselineEntry> match(Finding finding) {
        return entries.stream().filter(e -> e.matches(finding)).findFirst();
    }

    /** Answer whether a baseline file is configured. */
    public boolean isConfigured() {
        return file.isPresent();
    }
}
