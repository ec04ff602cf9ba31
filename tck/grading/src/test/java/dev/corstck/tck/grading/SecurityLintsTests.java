package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.generation.OriginClass;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecurityLintsTests {

    @ParameterizedTest(name = "{0}")
    @EnumSource(OriginClass.class)
    void eachLookAlikeOriginClassIsGradedByTheLintPairItsScenariosName(OriginClass c) {
        // The generator names the lint in scenario metadata; the check grades with typed constants: they must agree.
        Optional<String> named = c.securityRule();
        assertThat(SecurityLints.lint(c).map(l -> l.withoutCredentials().id())).isEqualTo(named);
        assertThat(SecurityLints.lint(c).map(l -> l.withCredentials().id()))
                .isEqualTo(named.map(id -> id + "-with-credentials"));
    }
}
