package dev.corstck.fetch.header;

/** The simple range header value used by the {@code Range} safelist rule (see fetch#simple-range-header-value). */
final class RangeValues {

    private RangeValues() {
    }

    /**
     * Answer whether {@code value} is {@code bytes=start-} or {@code bytes=start-end} with no whitespace and
     * start &le; end; a suffix range ({@code bytes=-500}) is not safelisted (see fetch#cors-safelisted-request-header).
     */
    static boolean isSafelistedRange(String value) {
        if (!value.startsWith("bytes=")) {
            return false;
        }
        String rest = value.substring("bytes=".length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        String start = rest.substring(0, dash);
        String end = rest.substring(dash + 1);
        if (!isDigits(start) || (!end.isEmpty() && !isDigits(end))) {
            return false;
        }
        return end.isEmpty() || compare(start, end) <= 0;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Compare two digit strings numerically without overflow. */
    private static int compare(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
