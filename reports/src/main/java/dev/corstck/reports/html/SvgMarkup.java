package dev.corstck.reports.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Inline an SVG element that {@link dev.corstck.reports.badge.BadgeSvg} wrote with the JDK's XML writer, which
 * escaped every text and attribute value already.
 */
final class SvgMarkup implements Content {

    private final String svg;

    SvgMarkup(String svg) {
        this.svg = svg;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(svg);
    }
}
