package dev.corstck.tck.simulator;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A request body: its kind and the text sent. A {@link BodyKind#BLOB} carries its own type in {@code blobType}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Body(BodyKind kind, String blobType, String text) {

    /** The {@code multipart/form-data} boundary the simulator uses for {@link BodyKind#FORM_DATA}. */
    public static final String FORM_BOUNDARY = "----cors-tck-boundary";

    private static final Body NONE = new Body(BodyKind.NONE, "", "");

    public Body {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(blobType, "blobType must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    public static Body none() {
        return NONE;
    }

    /** A body of {@code kind} with a small fixed text. */
    public static Body of(BodyKind kind) {
        return kind == BodyKind.NONE ? NONE : new Body(kind, "", "x=1");
    }

    /** A {@code Blob} body of type {@code type}. */
    public static Body blob(String type) {
        return new Body(BodyKind.BLOB, type, "{}");
    }

    /** The {@code Content-Type} that extracting this body yields, if any (see fetch#concept-bodyinit-extract). */
    public Optional<String> contentType() {
        return switch (kind) {
            case NONE, STREAM -> Optional.empty();
            case STRING -> Optional.of("text/plain;charset=UTF-8");
            case URL_SEARCH_PARAMS -> Optional.of("application/x-www-form-urlencoded;charset=UTF-8");
            case FORM_DATA -> Optional.of("multipart/form-data; boundary=" + FORM_BOUNDARY);
            case BLOB -> blobType.isEmpty() ? Optional.empty() : Optional.of(blobType);
        };
    }

    /** Answer whether there is a body at all. */
    public boolean isPresent() {
        return kind != BodyKind.NONE;
    }
}
