package dev.corstck.tck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleListingTests {

    @Test
    void rulesMarkdownInTheRepositoryIsUpToDate() throws IOException {
        // Surefire runs in the module directory, where RULES.md lives.
        Path doc = Path.of("RULES.md");
        assertThat(doc).exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("tck/RULES.md is stale: run ./cors-tck rules --format markdown > tck/RULES.md")
                .isEqualTo(RuleListing.markdown());
    }

    @Test
    void textHasOneAlignedLinePerRule() {
        List<Rule> rules = RuleCatalog.select("cors-check.*");
        List<String> lines = RuleListing.text(rules).lines().toList();
        assertThat(lines).hasSameSizeAs(rules);
        assertThat(lines.get(0)).startsWith("cors-check.acao-present").contains("MUST")
                .contains("fetch#concept-cors-check (step 2)");
        assertThat(lines).extracting(l -> l.indexOf("fetch#")).containsOnly(lines.get(0).indexOf("fetch#"));
    }

    @Test
    void jsonCarriesEveryFieldAndSchemaVersion() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(RuleListing.json(RuleCatalog.all()));
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(RuleListing.JSON_SCHEMA_VERSION);
        assertThat(doc.get("rules")).hasSize(RuleCatalog.all().size());
        JsonNode first = doc.get("rules").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "level", "anchor", "url", "section", "step",
                "title", "why", "labels", "detection", "credentials");
        assertThat(first.get("url").asText()).startsWith(SpecRef.FETCH_URL + "#");
    }

    @Test
    void summaryCountsEveryLevel() {
        assertThat(RuleListing.summary(RuleCatalog.select("security.reflect-any-origin*")))
                .isEqualTo("2 rules: 0 MUST, 0 SHOULD, 1 SECURITY, 1 INFO.");
    }
}
