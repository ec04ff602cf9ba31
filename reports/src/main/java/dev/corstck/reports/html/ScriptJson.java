package dev.corstck.reports.html;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Hold JSON that is safe to place inside a {@code <script type="application/json">} element, and write it there
 * verbatim.
 *
 * <p>{@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so no value
 * can close the script element ({@code </script>}) or open a comment ({@code <!--}); U+2028/U+2029 are escaped too.
 * The JSON stays equal under {@code JSON.parse}.
 */
final class ScriptJson implements Content {

    /** Jackson escapes that make JSON script-safe; install with {@code JsonFactory.setCharacterEscapes}. */
    static final CharacterEscapes ESCAPES = new ScriptEscapes();

    /** Writes the JSON text to a writer (with {@link #ESCAPES} installed). */
    @FunctionalInterface
    interface Encoder {
        void write(Writer out) throws IOException;
    }

    private final Encoder encoder;

    ScriptJson(Encoder encoder) {
        this.encoder = encoder;
    }

    /** Write the JSON into the page as it is encoded, in chunks: it is never held whole. */
    @Override
    public void writeTo(TemplateOutput output) {
        Writer chunks = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                output.writeContent(new String(buffer, offset, length));
            }

            @Override
            public void write(String text, int offset, int length) {
                output.writeContent(text.substring(offset, offset + length));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                // the page goes on after the script element
            }
        };
        try {
            encoder.write(chunks);
        } catch (IOException e) {
            throw new UncheckedIOException("page data could not be encoded", e);
        }
    }

    /** Return the JSON text (for tests and small pages). */
    String json() {
        StringWriter out = new StringWriter();
        try {
            encoder.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("page data could not be encoded", e);
        }
        return out.toString();
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
