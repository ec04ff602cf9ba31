package dev.corstck.reports.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BadgeSvgTests {

    static Stream<Arguments> badges() {
        return Stream.of(
                Arguments.of("conformant", List.of(Verdict.PASS, Verdict.PASS, Verdict.INFO), "conformant \u00b7 2 pass / 3",
                        "#2e7d32"),
                Arguments.of("failures", List.of(Verdict.PASS, Verdict.FAIL, Verdict.ERROR),
                        "non-conformant \u00b7 1 fail / 3", "#c62828"),
                Arguments.of("errors only", List.of(Verdict.PASS, Verdict.ERROR), "inconclusive \u00b7 1 error / 2",
                        "#6d6d6d"),
                Arguments.of("warnings", List.of(Verdict.PASS, Verdict.WARN), "conformant, with warnings \u00b7 1 warn / 2",
                        "#7c8b00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badges")
    void badgeSaysConformanceAndTheCountBehindIt(String name, List<Verdict> verdicts, String message, String color)
            throws Exception {
        Badge badge = Badge.of(target("Express <cors> & co", verdicts));

        assertThat(badge.message()).isEqualTo(message);
        assertThat(badge.color()).isEqualTo(color);
        Document svg = parse(BadgeSvg.document(badge));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(Integer.parseInt(root.getAttribute("width"))).isGreaterThan(60);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("CORS: " + message);
    }

    @Test
    void inlineBadgesGetDistinctIdsSoTwoCanShareAPage() {
        Badge badge = Badge.of(target("a", List.of(Verdict.PASS)));

        assertThat(BadgeSvg.inline(badge, "t1")).contains("id=\"t1-r\"").doesNotContain("<?xml");
        assertThat(BadgeSvg.inline(badge, "t2")).contains("id=\"t2-r\"", "url(#t2-s)");
    }

    @Test
    void longerMessageGivesWiderBadge() throws Exception {
        int narrow = width(new Badge("CORS", "ok", "#000"));
        int wide = width(new Badge("CORS", "non-conformant \u00b7 1,234 fail / 10,000", "#000"));

        assertThat(wide).isGreaterThan(narrow + 150);
    }

    static TargetReport target(String label, List<Verdict> verdicts) {
        List<Finding> findings = verdicts.stream().map(v -> SampleReports.finding(SampleReports.RULES.get(0),
                Engine.WIRE, "s" + v, v, "http://127.0.0.1:1")).toList();
        return new TargetReport("http://127.0.0.1:1", label, "", true, findings, List.of());
    }

    private static int width(Badge badge) throws Exception {
        return Integer.parseInt(parse(BadgeSvg.document(badge)).getDocumentElement().getAttribute("width"));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void conformanceColoursAreDistinct() {
        assertThat(Stream.of(Conformance.values()).map(Badge::color).distinct().count()).isEqualTo(4);
    }
}
