package dev.corstck.reports.junitxml;

import dev.corstck.reports.cause.RootCauses;
import dev.corstck.reports.model.CitedFinding;
import dev.corstck.reports.model.CitedFindings;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.text.EvidenceText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;

/**
 * Write a report as legacy JUnit XML: one {@code <testsuite>} per target, one {@code <testcase>} per finding
 * (rule × scenario × engine).
 *
 * <p>{@code classname} is the rule ID (dashboards show its dotted prefix as the rule group) and {@code name} is
 * {@code "scenario [engine]"}. FAIL becomes {@code <failure>} with expected/actual, ERROR {@code <error>}, SKIPPED
 * {@code <skipped message=…>}; PASS, WARN and INFO pass (WARN and INFO say so in {@code <system-out>}). Run metadata
 * and conformance go to {@code <properties>}.
 *
 * <p>Each exchange is printed once per target, in full with its {@code curl} command, in the testsuite's
 * {@code <system-out>} under an id ({@code [x3]}: the same number as its index in {@code report.json}'s
 * {@code targets[].exchanges}); a testcase's {@code <system-out>} cites the ids of its exchanges, one line each, with
 * its observation and explanation. A passing testcase carries its verdict, expected, actual and ids only; the rule
 * and scenario titles are listed once in the testsuite's {@code <system-out>}. (Every finding citing its own copy
 * made most of a large file.)
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JUnitXmlWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private JUnitXmlWriter() {
    }

    /** Write {@code report} to {@code out} as UTF-8; the stream is left open. */
    public static void write(Report report, OutputStream out) throws IOException {
        try {
            // The JDK's writer hands its stream one byte at a time; a buffer without a lock takes them at array speed.
            ByteBuffered buffered = new ByteBuffered(out);
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "cors-tck");
            counts(xml, report.summary());
            xml.writeAttribute("time", seconds(report.run().durationMillis()));
            for (TargetReport target : report.targets()) {
                try {
                    suite(xml, report, target);
                } catch (UncheckedXml e) {
                    throw (XMLStreamException) e.getCause();
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // a spool that could not be read
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffered.flush();
        } catch (XMLStreamException e) {
            throw new IOException("junit.xml could not be written: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, Report report, TargetReport target) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.legal("cors-tck " + target.label()));
        counts(xml, target.summary());
        xml.writeAttribute("time", seconds(report.run().durationMillis()));
        xml.writeAttribute("timestamp", TIMESTAMP.format(report.run().startedAt()));
        properties(xml, report, target);
        // A failure's message names its root cause and the fix, so a CI page of 40 failures reads as a few causes.
        Function<Finding, Optional<RootCause>> causeOf = RootCauses.lookup(target);
        CitedFindings cited = target.citations();
        cited.forEachCited(finding -> {
            try {
                testcase(xml, finding, causeOf);
            } catch (XMLStreamException e) {
                throw new UncheckedXml(e);
            }
        });
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.legal("=== Exchanges, each once: the test cases cite them as [xN] (the index in"
                + " report.json's targets[].exchanges); a passing case's explanation is in report.json ===\n"));
        int[] next = {0};
        cited.forEachExchange(exchange -> characters(xml, "\n" + EvidenceText.renderExchange(id(next[0]++),
                exchange)));
        characters(xml, "\n=== Rules ===\n");
        cited.rules().forEach((id, text) -> characters(xml, id + ": " + text.title() + "  [" + text.specUrl() + "]\n"));
        characters(xml, "\n=== Scenarios ===\n");
        cited.forEachScenario((id, title) -> characters(xml, id + ": " + title + "\n"));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String id(int exchange) {
        return "[x" + exchange + "]";
    }

    private static void characters(XMLStreamWriter xml, String text) {
        try {
            xml.writeCharacters(XmlText.legal(text));
        } catch (XMLStreamException e) {
            throw new UncheckedXml(e);
        }
    }

    /** An XML write inside a visitor, which cannot throw the checked exception; unwrapped by {@link #write}. */
    private static final class UncheckedXml extends RuntimeException {
        UncheckedXml(XMLStreamException cause) {
            super(cause);
        }
    }

    private static void counts(XMLStreamWriter xml, Summary summary) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(summary.total()));
        xml.writeAttribute("failures", Integer.toString(summary.count(Verdict.FAIL)));
        xml.writeAttribute("errors", Integer.toString(summary.count(Verdict.ERROR)));
        xml.writeAttribute("skipped", Integer.toString(summary.count(Verdict.SKIPPED)));
    }

    private static void properties(XMLStreamWriter xml, Report report, TargetReport target)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "target", target.target());
        property(xml, "conformance", target.conformance().label());
        property(xml, "complete", Boolean.toString(report.run().complete() && target.complete()));
        property(xml, "toolVersion", report.run().toolVersion());
        property(xml, "commandLine", String.join(" ", report.run().commandLine()));
        for (var engine : report.run().engines()) {
            property(xml, "engine." + engine.engine().id(), engine.version());
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", XmlText.legal(name));
        xml.writeAttribute("value", XmlText.legal(value));
    }

    private static void testcase(XMLStreamWriter xml, CitedFinding cited,
            Function<Finding, Optional<RootCause>> causeOf) throws XMLStreamException {
        Finding finding = cited.texts();
        List<String> ids = new ArrayList<>(cited.exchangeCount());
        for (int i = 0; i < cited.exchangeCount(); i++) {
            ids.add(id(cited.exchange(i)));
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", XmlText.legal(finding.ruleId()));
        xml.writeAttribute("name", XmlText.legal(finding.scenarioId() + " [" + finding.engine().id() + "]"));
        xml.writeAttribute("time", "0");
        outcome(xml, finding, finding.verdict() == Verdict.PASS ? Optional.empty() : causeOf.apply(finding));
        xml.writeStartElement("system-out");
        // A passing case carries its verdict, expected, actual and the ids of its exchanges (CI shows failures; the
        // explanation of a pass stays in report.json).
        xml.writeCharacters(XmlText.legal(finding.verdict() == Verdict.PASS
                ? EvidenceText.renderPass(finding, ids)
                : EvidenceText.render(cited.whole(), ids) + "(exchanges in full: the testsuite's system-out)\n"));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void outcome(XMLStreamWriter xml, Finding finding, Optional<RootCause> cause)
            throws XMLStreamException {
        String expectedActual = "Expected: " + finding.expected() + "\nActual: " + finding.actual();
        switch (finding.verdict()) {
            case FAIL -> problem(xml, "failure", finding.level() + " " + finding.ruleTitle()
                    + cause.map(c -> " (" + c.message() + ")").orElse(""), expectedActual, finding);
            case ERROR -> problem(xml, "error", finding.reason(), expectedActual, finding);
            case SKIPPED -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", XmlText.legal(finding.reason()));
            }
            default -> {
                // PASS, WARN and INFO are passing test cases; the verdict is the first line of system-out.
            }
        }
    }

    private static void problem(XMLStreamWriter xml, String element, String message, String text, Finding finding)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", XmlText.legal(message));
        xml.writeAttribute("type", finding.level().name().toLowerCase(Locale.ROOT) + ":" + finding.ruleId());
        xml.writeCharacters(XmlText.legal(text));
        xml.writeEndElement();
    }

    /** An unsynchronized buffer in front of the file: it never closes the stream it writes to. */
    private static final class ByteBuffered extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        ByteBuffered(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flushBuffer();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length >= buffer.length) {
                flushBuffer();
                out.write(bytes, offset, length);
                return;
            }
            if (length > buffer.length - used) {
                flushBuffer();
            }
            System.arraycopy(bytes, offset, buffer, used, length);
            used += length;
        }

        private void flushBuffer() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
