package dev.corstck.reports.html;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import gg.jte.Content;
import gg.jte.TemplateOutput;
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

    private final String json;

    ScriptJson(String json) {
        this.json = json;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }

    /** Return the JSON text. */
    String json() {
        return json;
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
