package dev.corstck.reports.badge;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;

/**
 * Render a {@link Badge} as a flat, shields-like SVG document, written with the JDK's XML writer so it is always
 * well-formed whatever the label holds.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BadgeSvg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int HEIGHT = 20;
    private static final int PADDING = 6;

    private BadgeSvg() {
    }

    /** Return a standalone SVG document (with XML declaration). */
    public static String document(Badge badge) {
        return render(badge, "b", true);
    }

    /** Return an SVG element for inlining in HTML; {@code idPrefix} keeps gradient/clip ids unique on the page. */
    public static String inline(Badge badge, String idPrefix) {
        return render(badge, idPrefix, false);
    }

    private static String render(Badge badge, String idPrefix, boolean standalone) {
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            if (standalone) {
                xml.writeStartDocument("UTF-8", "1.0");
            }
            new Drawing(xml, badge, idPrefix).draw();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("badge could not be rendered: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** One badge being drawn: the widths are computed once from the text. */
    private static final class Drawing {
        private final XMLStreamWriter xml;
        private final Badge badge;
        private final String id;
        private final int labelWidth;
        private final int width;

        Drawing(XMLStreamWriter xml, Badge badge, String idPrefix) {
            this.xml = xml;
            this.badge = badge;
            this.id = idPrefix.replaceAll("[^A-Za-z0-9_-]", "_");
            this.labelWidth = TextWidth.of(badge.label()) + 2 * PADDING;
            this.width = labelWidth + TextWidth.of(badge.message()) + 2 * PADDING;
        }

        void draw() throws XMLStreamException {
            String title = badge.label() + ": " + badge.message();
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NS);
            attributes("width", width, "height", HEIGHT);
            xml.writeAttribute("role", "img");
            xml.writeAttribute("aria-label", title);
            element("title", title);
            gradient();
            xml.writeStartElement("clipPath");
            xml.writeAttribute("id", id + "-r");
            rect(0, width, "#fff", true);
            xml.writeEndElement();
            xml.writeStartElement("g");
            xml.writeAttribute("clip-path", "url(#" + id + "-r)");
            rect(0, labelWidth, "#555", false);
            rect(labelWidth, width - labelWidth, badge.color(), false);
            rect(0, width, "url(#" + id + "-s)", false);
            xml.writeEndElement();
            texts();
            xml.writeEndElement();
        }

        private void gradient() throws XMLStreamException {
            xml.writeStartElement("linearGradient");
            xml.writeAttribute("id", id + "-s");
            xml.writeAttribute("x2", "0");
            xml.writeAttribute("y2", "100%");
            xml.writeEmptyElement("stop");
            xml.writeAttribute("offset", "0");
            xml.writeAttribute("stop-color", "#bbb");
            xml.writeAttribute("stop-opacity", ".1");
            xml.writeEmptyElement("stop");
            xml.writeAttribute("offset", "1");
            xml.writeAttribute("stop-opacity", ".1");
            xml.writeEndElement();
        }

        private void texts() throws XMLStreamException {
            xml.writeStartElement("g");
            xml.writeAttribute("fill", "#fff");
            xml.writeAttribute("text-anchor", "middle");
            xml.writeAttribute("font-family", "Verdana,Geneva,DejaVu Sans,sans-serif");
            xml.writeAttribute("font-size", "11");
            text(labelWidth / 2.0, badge.label());
            text(labelWidth + (width - labelWidth) / 2.0, badge.message());
            xml.writeEndElement();
        }

        private void text(double x, String value) throws XMLStreamException {
            xml.writeStartElement("text");
            xml.writeAttribute("x", format(x));
            xml.writeAttribute("y", "15");
            xml.writeAttribute("fill", "#010101");
            xml.writeAttribute("fill-opacity", ".3");
            xml.writeCharacters(value);
            xml.writeEndElement();
            xml.writeStartElement("text");
            xml.writeAttribute("x", format(x));
            xml.writeAttribute("y", "14");
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        private void rect(int x, int w, String fill, boolean rounded) throws XMLStreamException {
            xml.writeEmptyElement("rect");
            if (x > 0) {
                xml.writeAttribute("x", Integer.toString(x));
            }
            attributes("width", w, "height", HEIGHT);
            if (rounded) {
                xml.writeAttribute("rx", "3");
            }
            xml.writeAttribute("fill", fill);
        }

        private void element(String name, String value) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        private void attributes(String n1, int v1, String n2, int v2) throws XMLStreamException {
            xml.writeAttribute(n1, Integer.toString(v1));
            xml.writeAttribute(n2, Integer.toString(v2));
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
