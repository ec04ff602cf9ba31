package dev.corstck.reports.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Render the precompiled jte templates (generated from {@code src/main/jte} into this package's sibling). */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "dev.corstck.reports.html.templates");

    private Templates() {
    }

    /** Render {@code template} with its single parameter to {@code out} as UTF-8; the stream is left open. */
    static void render(String template, Object page, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            ENGINE.render(template, page, new OwaspHtmlTemplateOutput(new WriterOutput(writer)));
        } catch (gg.jte.TemplateException e) {
            throw new IOException("page " + template + " could not be rendered: " + e.getMessage(), e);
        }
        writer.flush();
    }
}
