package dev.corstck.fetch.header;

import org.apiguardian.api.API;

/**
 * The HTTP {@code token} grammar (RFC 9110 section 5.6.2) that methods and header names must follow; Fetch relies on
 * it in fetch#concept-method and fetch#header-name.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HttpToken {

    private static final boolean[] TCHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TCHAR[c] = true;
            TCHAR[c - 32] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private HttpToken() {
    }

    /** Answer whether {@code text} is a non-empty token. */
    public static boolean isToken(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Answer whether {@code c} is a {@code tchar}. */
    public static boolean isTokenChar(char c) {
        return c < 128 && TCHAR[c];
    }
}
