package dev.corstck.reports.junitxml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTests {

    @Test
    void oneTestcasePerFindingWithCountsThatMatchTheReport() throws Exception {
        Report report = SampleReports.comparison(java.util.List.of("Express cors", "Spring"), 120);

        Document xml = parse(report);

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("240");
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(report.summary().count(Verdict.FAIL)));
        assertThat(root.getAttribute("errors")).isEqualTo(Integer.toString(report.summary().count(Verdict.ERROR)));
        assertThat(root.getAttribute("skipped")).isEqualTo(Integer.toString(report.summary().count(Verdict.SKIPPED)));
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(240);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(report.summary().count(Verdict.FAIL));
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(report.summary().count(Verdict.ERROR));
        assertThat(xml.getElementsByTagName("skipped").getLength())
                .isEqualTo(report.summary().count(Verdict.SKIPPED));
    }

    @Test
    void failingTestcaseNamesRuleScenarioEngineAndCarriesExpectedActualAndEvidence() throws Exception {
        Document xml = parse(SampleReports.report(100));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        Element testcase = (Element) failure.getParentNode();

        assertThat(testcase.getAttribute("classname")).contains(".");
        assertThat(testcase.getAttribute("name")).matches("s\\d+ \\[(wire|simulator|chromium|firefox|webkit)\\]");
        assertThat(failure.getTextContent()).startsWith("Expected: ").contains("\nActual: ");
        String out = testcase.getElementsByTagName("system-out").item(0).getTextContent();
        assertThat(out).contains("Expected: ", "--- Exchanges ---\n[x", "PREFLIGHT OPTIONS http://127.0.0.1:8080/api/items/",
                "-> HTTP/1.1 204 No Content", "--- Why (simulator) ---");
        String suite = suiteOut((Element) testcase.getParentNode());
        assertThat(suite).contains("> OPTIONS /api/items/", "< HTTP/1.1 204 No Content", "curl --include",
                "X-Trace: <script>alert(1)</script>");
        Element skipped = (Element) xml.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isNotBlank();
    }

    @Test
    void aFailuresMessageNamesItsRootCauseAndTheFix() throws Exception {
        Report plain = SampleReports.report(100);
        var target = plain.targets().get(0);
        var failing = target.findings().stream().filter(f -> f.verdict() == Verdict.FAIL).toList();
        var cause = dev.corstck.reports.cause.RootCauses.of("any-origin-with-credentials",
                "Every Origin is reflected with credentials", failing, failing.get(0), "list the origins", "",
                target.target());
        Report report = Report.of(plain.run(), java.util.List.of(target.withCauses(java.util.List.of(cause))));

        NodeList failures = parse(report).getElementsByTagName("failure");

        assertThat(failures.getLength()).isEqualTo(failing.size());
        for (int i = 0; i < failures.getLength(); i++) {
            assertThat(((Element) failures.item(i)).getAttribute("message")).endsWith("(root cause "
                    + "any-origin-with-credentials: Every Origin is reflected with credentials; fix: list the origins.)");
        }
    }

    @Test
    void controlCharactersInEvidenceStillGiveParseableXml() throws Exception {
        Document xml = parse(SampleReports.hostile(5));

        NodeList cases = xml.getElementsByTagName("testcase");
        Element evil = (Element) cases.item(cases.getLength() - 1);
        assertThat(evil.getAttribute("name")).isEqualTo("evil-</script>-scenario [chromium]");
        assertThat(evil.getElementsByTagName("failure").item(0).getTextContent())
                .contains("\\x01\\x1B[31m control chars and ]]> and </script><!--");
    }

    @Test
    void eachExchangeIsPrintedOnceAndEveryCitedIdIsThere() throws Exception {
        Report report = SampleReports.comparison(java.util.List.of("Express cors", "Spring"), 120);
        Document xml = parse(report);

        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            String out = suiteOut(suite);
            java.util.Set<dev.corstck.reports.model.Exchange> distinct = new java.util.HashSet<>();
            report.targets().get(s).findings().forEach(f -> distinct.addAll(f.evidence().exchanges()));
            java.util.List<String> printed = java.util.regex.Pattern.compile("(?m)^\\[x\\d+\\] --- ").matcher(out)
                    .results().map(m -> m.group()).toList();
            assertThat(printed).doesNotHaveDuplicates().hasSize(distinct.size());
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int c = 0; c < cases.getLength(); c++) {
                String text = ((Element) cases.item(c)).getElementsByTagName("system-out").item(0).getTextContent();
                var cited = java.util.regex.Pattern.compile("\\[x\\d+\\]").matcher(text).results()
                        .map(m -> m.group()).toList();
                assertThat(cited).as("testcase %d of suite %d", c, s).hasSize(
                        report.targets().get(s).findings().get(c).evidence().exchanges().size());
                cited.forEach(id -> assertThat(printed).contains(id + " --- "));
            }
        }
    }

    /** The testsuite's own system-out: its last child element, after the test cases. */
    private static String suiteOut(Element suite) {
        NodeList children = suite.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("system-out")) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("the testsuite has no system-out of its own");
    }

    static Stream<Arguments> illegalCharacters() {
        return Stream.of(
                Arguments.of("NUL", "a\u0000b", "a\\x00b"),
                Arguments.of("ESC", "\u001b[0m", "\\x1B[0m"),
                Arguments.of("tab, newline and CR stay", "a\tb\r\nc", "a\tb\r\nc"),
                Arguments.of("lone surrogate", "x\ud800y", "x\\uD800y"),
                Arguments.of("surrogate pair stays", "\ud83d\ude00", "\ud83d\ude00"),
                Arguments.of("U+FFFE", "\ufffe", "\\uFFFE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalCharacters")
    void illegalXmlCharactersBecomeVisibleEscapes(String name, String text, String legal) {
        assertThat(XmlText.legal(text)).isEqualTo(legal);
    }

    private static Document parse(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitXmlWriter.write(report, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }
}
