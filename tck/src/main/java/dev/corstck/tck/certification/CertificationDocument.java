package dev.corstck.tck.certification;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The whole of {@code certification.json} (and of the published {@code certification/RESULTS.json}).
 *
 * @param schemaVersion   {@value #SCHEMA_VERSION}
 * @param tool            the kit and its version
 * @param generatedAt     when this file was written, ISO-8601 UTC
 * @param command         the command that wrote it
 * @param browsers        the engines of the run ({@code none} gave the single {@code wire} view)
 * @param implementations one row per certified configuration, in matrix order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@JsonPropertyOrder({"schemaVersion", "tool", "generatedAt", "command", "browsers", "implementations"})
public record CertificationDocument(int schemaVersion, String tool, String generatedAt, String command,
                                    List<String> browsers, List<CertifiedConfiguration> implementations) {

    /** The schema version this kit writes. */
    public static final int SCHEMA_VERSION = 1;

    public CertificationDocument {
        Objects.requireNonNull(tool, "tool must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        Objects.requireNonNull(command, "command must not be null");
        browsers = List.copyOf(browsers);
        implementations = List.copyOf(implementations);
    }
}
