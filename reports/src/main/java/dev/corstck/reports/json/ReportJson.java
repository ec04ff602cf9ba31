package dev.corstck.reports.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.corstck.reports.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Write and read {@code report.json}.
 *
 * <p>Writes schema {@value Report#SCHEMA_VERSION}: each target's exchanges, explanation steps, rule and scenario texts
 * are written once and its findings cite them by index (see {@code REPORT-SCHEMA.md}). Reads schema 2 and schema 1
 * (every finding with its own copy of its evidence), any minor of either, ignoring fields it does not know (minor
 * versions only add fields); another major version is refused with a clear message.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    private static final SharedEvidenceLayout LAYOUT = new SharedEvidenceLayout(MAPPER);
    /** The oldest major version this reader still reads: schema 1, where each finding holds its own evidence. */
    private static final String OLDEST_MAJOR = "1";

    private ReportJson() {
    }

    /**
     * Return the mapper this class writes and reads reports with (configured as {@link #configure} says). Every
     * writer of the report model uses this one, so each model type is introspected once per run, not once per
     * format. Do not reconfigure it; per-output settings (character escapes) belong on the generator.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Return a mapper configured like the one this class uses (ISO-8601 instants, absent optionals omitted). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        // Only record components and explicit @JsonProperty methods are fields: isEmpty() and the like are not.
        return builder.addModule(new Jdk8Module()).addModule(new JavaTimeModule())
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Writers put many values into one generator and close it at the end: a flush of the file after
                // each value (the default) is a system call per exchange of a report.
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT));
    }

    /**
     * Write {@code report} as compact UTF-8 JSON (one line: a third smaller than indented; {@code jq .} shows it
     * indented); the stream is left open.
     */
    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            LAYOUT.write(report, json);
        }
    }

    /** Return {@code report} as an indented JSON string. */
    public static String toJson(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            LAYOUT.write(report, json);
        } catch (IOException e) {
            throw new IllegalStateException("report could not be serialised: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Read a report file; fails with {@link ReportFormatException} on a wrong schema version or bad content. */
    public static Report read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Read a report from a stream; {@code source} names it in error messages. */
    public static Report read(InputStream in, String source) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        boolean shared = checkVersion(tree, source);
        try {
            return shared ? LAYOUT.read(tree, source) : MAPPER.treeToValue(tree, Report.class);
        } catch (ReportFormatException e) {
            throw e;
        } catch (JsonProcessingException | IllegalArgumentException | ClassCastException e) {
            throw new ReportFormatException(source + ": not a cors-tck report: " + e.getMessage(), e);
        }
    }

    /** Check the version is readable; return whether it is the shared-evidence layout (schema 2). */
    private static boolean checkVersion(JsonNode tree, String source) throws ReportFormatException {
        JsonNode version = tree.path("schemaVersion");
        if (!version.isTextual()) {
            throw new ReportFormatException(source + ": no \"schemaVersion\": not a cors-tck report.json", null);
        }
        String major = major(version.asText());
        if (major.equals(major(Report.SCHEMA_VERSION))) {
            return true;
        }
        if (major.equals(OLDEST_MAJOR)) {
            return false;
        }
        throw new ReportFormatException(source + ": schemaVersion " + version.asText()
                + " is not readable by this version, which reads " + OLDEST_MAJOR + ".x and "
                + major(Report.SCHEMA_VERSION) + ".x", null);
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
