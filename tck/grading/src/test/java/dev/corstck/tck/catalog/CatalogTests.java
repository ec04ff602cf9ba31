package dev.corstck.tck.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogTests {

    private static final Set<String> FETCH_ANCHORS = lines("fetch-anchors.txt");
    private static final Set<String> LABELS = lines("cors-rules-labels.txt");

    static Stream<Rule> rules() {
        return RuleCatalog.all().stream();
    }

    static Stream<RuleGroup> groups() {
        return RuleCatalog.groups().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void specRefAnchorIsPinnedFetchAnchor(Rule rule) {
        assertThat(FETCH_ANCHORS).as("%s cites fetch#%s", rule.id(), rule.spec().anchor())
                .contains(rule.spec().anchor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void groupSectionIsPinnedFetchAnchor(RuleGroup group) {
        assertThat(FETCH_ANCHORS).contains(group.spec().anchor());
        assertThat(group.rules()).as(group.prefix()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void labelsAreKnownCorsRulesLabels(Rule rule) {
        assertThat(LABELS).as(rule.id()).containsAll(rule.labels());
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> Rule.ID.matcher(id).matches());
        assertThat(ids).as("rules in the catalog; RULES.md lists each").hasSize(100);
    }

    @Test
    void everyLabelIsMappedOrDeliberatelyUnmappedButNotBoth() {
        Set<String> mapped = RuleCatalog.all().stream().flatMap(r -> r.labels().stream()).collect(Collectors.toSet());
        Set<String> unmapped = RuleCatalog.unmappedLabels().keySet();
        Set<String> uncovered = new HashSet<>(LABELS);
        uncovered.removeAll(mapped);
        uncovered.removeAll(unmapped);
        assertThat(uncovered).as("labels neither mapped to a rule nor listed as unmapped").isEmpty();
        assertThat(unmapped).as("unmapped labels that a rule maps after all").doesNotContainAnyElementsOf(mapped);
        assertThat(LABELS).containsAll(unmapped);
        assertThat(RuleCatalog.unmappedLabels().values()).allMatch(reason -> reason.length() > 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleIsGradedOrSaysWhyNot(Rule rule) {
        assertThat(rule.grading()).as("%s declares how it is graded: .checkedBy(check) or .notGraded(reason)",
                rule.id()).isNotInstanceOf(Grading.Undeclared.class);
        if (rule.grading() instanceof Grading.NotGraded n) {
            assertThat(n.reason()).as(rule.id()).hasSizeGreaterThan(30);
        }
    }

    @Test
    void noMustOrSecurityRuleIsLeftUngraded() {
        assertThat(RuleCatalog.all().stream().filter(r -> r.level() == Level.MUST || r.level() == Level.SECURITY)
                .filter(r -> !r.grading().isGraded()).map(Rule::id)).isEmpty();
    }

    @Test
    void seedGuideMistakesAreRules() {
        assertThat(RuleCatalog.all()).extracting(Rule::id).contains("seed.wildcard-with-credentials",
                "seed.cors-before-routes", "seed.authorization-in-allowed-headers", "seed.callback-no-origin-guard",
                "seed.localhost-vs-127", "seed.preflight-handled", "seed.credentials-need-exact-origin");
    }

    @Test
    void scannerClassesAreGradedWithAndWithoutCredentials() {
        for (String name : List.of("reflect-any-origin", "null-origin-trusted", "prefix-match", "suffix-match",
                "unescaped-dot", "special-character-bypass", "scheme-downgrade", "any-subdomain", "any-port",
                "wildcard-origin")) {
            Rule without = RuleCatalog.get("security." + name);
            Rule with = RuleCatalog.get("security." + name + "-with-credentials");
            assertThat(without.credentials()).as(name).isEqualTo(CredentialsScope.WITHOUT_CREDENTIALS);
            assertThat(with.credentials()).as(name).isEqualTo(CredentialsScope.WITH_CREDENTIALS);
            assertThat(with.level()).as(name).isEqualTo(Level.SECURITY);
        }
    }

    @Test
    void levelNamesMatchTheReportModel() {
        assertThat(Arrays.stream(Level.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(dev.corstck.reports.model.Level.values()).map(Enum::name)
                        .toList());
    }

    @Test
    void groupsFollowFetchOrderAndOwnTheirPrefix() {
        assertThat(RuleCatalog.groups()).extracting(RuleGroup::prefix).doesNotHaveDuplicates()
                .startsWith("request-headers", "origin").endsWith("security", "seed", "policy");
        for (RuleGroup group : RuleCatalog.groups()) {
            assertThat(group.rules()).allMatch(r -> r.id().startsWith(group.prefix() + "."));
        }
    }

    private static Set<String> lines(String resource) {
        try (InputStream in = CatalogTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
