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
        // Surefire runs in the module directory (tck/grading); RULES.md lives in tck/.
        Path doc = Path.of("..", "RULES.md");
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
        assertThat(first.fieldNames()).toIterable().startsWith("id", "level", "anchor", "url", "section", "step",
                "title", "why", "labels", "detection", "credentials", "graded");
        assertThat(first.get("url").asText()).startsWith(SpecRef.FETCH_URL + "#");
        for (JsonNode rule : doc.get("rules")) {
            boolean graded = rule.get("graded").asBoolean();
            assertThat(rule.has("checkedBy")).as(rule.get("id").asText()).isEqualTo(graded);
            assertThat(rule.has("notGradedBecause")).as(rule.get("id").asText()).isEqualTo(!graded);
            assertThat(!rule.has("exercisedBy") || graded).as(rule.get("id").asText()).isTrue();
        }
    }

    @Test
    void jsonSaysWhichCheckDecidesARuleAndWhyAnotherIsNotGraded() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(RuleListing.json(RuleCatalog.select(
                "cors-check.acao-single,redirect.no-userinfo,seed.stale-preflight-cache")));
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        doc.get("rules").forEach(r -> byId.put(r.get("id").asText(), r));
        JsonNode single = byId.get("cors-check.acao-single");
        assertThat(single.get("checkedBy").asText()).isEqualTo("HeaderInvariants");
        // The main job's targets decide it (RuleCoverageTests) and the duplicate-ACAO profile's test asserts it fails.
        assertThat(single.get("exercisedBy")).extracting(JsonNode::asText)
                .containsExactly("ReferenceProfilesTests", "RuleCoverageTests");
        JsonNode userinfo = byId.get("redirect.no-userinfo");
        assertThat(userinfo.get("checkedBy").asText()).isEqualTo("RedirectChecks");
        assertThat(userinfo.get("exercisedBy")).extracting(JsonNode::asText).containsExactly("RedirectChecksTests");
        JsonNode stale = byId.get("seed.stale-preflight-cache");
        assertThat(stale.get("graded").asBoolean()).isFalse();
        assertThat(stale.get("notGradedBecause").asText()).contains("testing practice");
    }

    @Test
    void summaryCountsEveryLevel() {
        assertThat(RuleListing.summary(RuleCatalog.select("security.reflect-any-origin*")))
                .isEqualTo("2 rules: 0 MUST, 0 SHOULD, 1 SECURITY, 1 INFO.");
    }
}
