package dev.corstck.tck.certification;

import dev.corstck.reports.writer.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Read and write {@code certification.json}. Writing replaces the file at once (a temporary file renamed over it).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CertificationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CertificationJson() {
    }

    /** Return {@code document} as JSON text, ending in a newline. */
    public static String text(CertificationDocument document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("certification.json could not be written: " + e.getMessage(), e);
        }
    }

    /** Write {@code document} to {@code file}. */
    public static void write(Path file, CertificationDocument document) throws IOException {
        AtomicFiles.write(file, text(document));
    }

    /** Read {@code file}. @throws IOException when it cannot be read or is not a certification document */
    public static CertificationDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), CertificationDocument.class);
    }
}
