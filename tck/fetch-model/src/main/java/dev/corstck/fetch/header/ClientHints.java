package dev.corstck.fetch.header;

import java.util.Set;

/**
 * Chromium's extra CORS-safelisted request headers with their value checks (R-REQHDR-07,
 * tck/SPEC-NOTES.md#safelisted-headers).
 */
final class ClientHints {

    private static final Set<String> NUMBERS = Set.of("dpr", "device-memory", "downlink");
    private static final Set<String> INTEGERS = Set.of("width", "viewport-width", "rtt");
    private static final Set<String> ECT = Set.of("slow-2g", "2g", "3g", "4g");

    private ClientHints() {
    }

    /** Answer whether Chromium safelists {@code lowerName: value}. */
    static boolean isSafelisted(String lowerName, String value) {
        if (NUMBERS.contains(lowerName)) {
            return value.matches("[0-9]+(\\.[0-9]+)?");
        }
        if (INTEGERS.contains(lowerName)) {
            return value.matches("[0-9]+");
        }
        return switch (lowerName) {
            case "ect" -> ECT.contains(value);
            case "save-data" -> value.equals("on");
            case "intervention" -> true;
            default -> false;
        };
    }
}
