package dev.corstck.reports.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep an excerpt of a message body and its full length, so evidence stays small but says what it cut.
 *
 * @param excerpt    the first bytes of the body as text (UTF-8; bytes that are not text are shown as {@code \xHH})
 * @param totalBytes the body's full length in bytes
 * @param truncated  whether the excerpt stops before the end of the body
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Body(String excerpt, long totalBytes, boolean truncated) {

    /** The default excerpt length in bytes: enough for a CORS probe's bodies, small enough for 10,000 findings. */
    public static final int DEFAULT_EXCERPT_BYTES = 2048;

    /** An empty body. */
    public static final Body EMPTY = new Body("", 0, false);

    public Body {
        Objects.requireNonNull(excerpt, "excerpt must not be null");
        if (totalBytes < 0) {
            throw new IllegalArgumentException("totalBytes must not be negative: " + totalBytes);
        }
    }

    /** Excerpt {@code bytes} to at most {@link #DEFAULT_EXCERPT_BYTES}. */
    public static Body of(byte[] bytes) {
        return of(bytes, DEFAULT_EXCERPT_BYTES);
    }

    /** Excerpt {@code bytes} to at most {@code limit} bytes. */
    public static Body of(byte[] bytes, int limit) {
        int length = Math.min(bytes.length, Math.max(0, limit));
        if (length < bytes.length) {
            length = backOffPartialCharacter(bytes, length);
        }
        return new Body(decode(bytes, length), bytes.length, length < bytes.length);
    }

    /** Wrap a body that is text already (it is counted in UTF-8 bytes and not cut). */
    public static Body ofText(String text) {
        return new Body(text, text.getBytes(StandardCharsets.UTF_8).length, false);
    }

    /** Answer whether the body is empty. */
    public boolean isEmpty() {
        return totalBytes == 0;
    }

    /** Move a cut left off UTF-8 continuation bytes (10xxxxxx) so a character is never split. */
    private static int backOffPartialCharacter(byte[] bytes, int cut) {
        int end = cut;
        while (end > 0 && cut - end < 3 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return (bytes[end] & 0xC0) == 0x80 ? cut : end;
    }

    private static String decode(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return hexEscaped(bytes, length);
        }
    }

    private static String hexEscaped(byte[] bytes, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t') {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02X", b));
            }
        }
        return text.toString();
    }
}
