package dev.corstck.tck.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulePatternTests {

    static Stream<Arguments> globs() {
        return Stream.of(
                Arguments.of("preflight.* matches a preflight rule", "preflight.*", "preflight.status-ok", true),
                Arguments.of("preflight.* skips preflight-cache", "preflight.*", "preflight-cache.max-age-syntax", false),
                Arguments.of("exact id", "cors-check.acao-exact", "cors-check.acao-exact", true),
                Arguments.of("exact id is whole-id", "cors-check.acao", "cors-check.acao-exact", false),
                Arguments.of("inner star", "*.acao-*", "cors-check.acao-single", true),
                Arguments.of("question mark is one char", "tao.timing-allow-origi?", "tao.timing-allow-origin", true),
                Arguments.of("dot is literal", "seed?localhost-vs-127", "seed.localhost-vs-127", true),
                Arguments.of("dot does not match other chars", "seed.x", "seedxx", false),
                Arguments.of("star alone matches all", "*", "policy.endpoint-status", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("globs")
    void globMatchesWholeIds(String name, String glob, String id, boolean expected) {
        assertThat(new RulePattern(glob).matches(id)).isEqualTo(expected);
    }

    @Test
    void selectionOfAGroupReturnsOnlyThatGroup() {
        assertThat(RuleCatalog.select("preflight.*")).isNotEmpty().allMatch(r -> r.prefix().equals("preflight"));
        assertThat(RuleCatalog.select(" preflight.status-ok , tao.* ")).extracting(Rule::id)
                .containsExactly("preflight.status-ok", "tao.timing-allow-origin");
    }

    @Test
    void badPatternsAreRefusedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> RulePattern.parseList(" , "))
                .withMessageContaining("names no pattern");
        assertThatIllegalArgumentException().isThrownBy(() -> new RulePattern("Preflight.[a]"))
                .withMessageContaining("may only hold");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleCatalog.get("no.such-rule"))
                .withMessageContaining("no rule with id 'no.such-rule'");
    }
}
