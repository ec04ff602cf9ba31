package dev.corstck.reports.html;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Inline one of the kit's own static files (CSS, JavaScript) into a page, so the page needs nothing from outside.
 * These are trusted resources shipped in the jar, never report data.
 */
final class Asset implements Content {

    static final Asset REPORT_CSS = load("report.css");
    static final Asset REPORT_JS = load("report.js");
    static final Asset COMPARE_JS = load("compare.js");

    private final String text;

    private Asset(String text) {
        this.text = text;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(text);
    }

    private static Asset load(String name) {
        try (InputStream in = Objects.requireNonNull(Asset.class.getResourceAsStream("assets/" + name),
                "missing resource assets/" + name)) {
            return new Asset(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page asset " + name, e);
        }
    }
}
