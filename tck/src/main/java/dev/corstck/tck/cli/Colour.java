package dev.corstck.tck.cli;

import java.util.Map;

/**
 * Decide whether output may be coloured: only when standard output is a terminal, and never when {@code NO_COLOR}
 * is set to a non-empty value (https://no-color.org).
 */
final class Colour {

    private Colour() {
    }

    /** Answer whether to colour, given whether stdout is a terminal and the environment. */
    static boolean enabled(boolean stdoutIsTerminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
    }
}
