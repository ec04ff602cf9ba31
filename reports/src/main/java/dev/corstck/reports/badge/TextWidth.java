package dev.corstck.reports.badge;

/**
 * Estimate the width of text in 11px Verdana, the badge font, without loading fonts (AWT is not headless-safe
 * everywhere). Close enough that the text never overflows its box.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** Return the estimated width in pixels, rounded up. */
    static int of(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i));
        }
        return (int) Math.ceil(width);
    }

    private static double charWidth(char c) {
        if ("il.,:;'|!".indexOf(c) >= 0) {
            return 3.1;
        }
        if ("fjrt()[] -/".indexOf(c) >= 0) {
            return 4.3;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 10.0;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c) || c == '%') {
            return 7.6;
        }
        return c < 0x80 ? 6.6 : 8.0;
    }
}
