package dev.corstck.tck.certification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.corstck.reports.model.Conformance;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the kit concluded about one configuration in one engine, and what a folder expects ({@code expect}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MatrixVerdict {
    CONFORMANT,
    CONFORMANT_WITH_WARNINGS,
    NON_CONFORMANT,
    /** The kit could not decide (a server that did not start, ERROR findings, a run cut short); never expected. */
    INCONCLUSIVE;

    /** Return the name used in {@code implementation.yaml} and JSON, e.g. {@code conformant-with-warnings}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Answer whether a folder may expect this verdict: every one but {@link #INCONCLUSIVE}. */
    public boolean isExpectable() {
        return this != INCONCLUSIVE;
    }

    /** Return the verdict a grade's conformance amounts to. */
    public static MatrixVerdict of(Conformance conformance) {
        return valueOf(conformance.name());
    }

    /** Find the verdict named {@code id}; empty when none is. */
    public static Optional<MatrixVerdict> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }

    @JsonCreator
    static MatrixVerdict fromJson(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown verdict '" + id + "'"));
    }
}
