package dev.corstck.reference.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MistakeProfileTests {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MistakeProfile.class)
    void everyProfileHasAStableNameADescriptionAndAValidPolicy(MistakeProfile profile) throws Exception {
        assertThat(profile.id()).matches("[a-z0-9]+(-[a-z0-9.]+)*");
        assertThat(MistakeProfile.byId(profile.id())).contains(profile);
        assertThat(profile.description()).isNotBlank().doesNotContain("\n");
        assertThat(profile.policy(DemoPolicy.standard())).isNotNull();
        assertThat(Files.readString(Path.of("README.md"))).as("README documents it").contains("| `" + profile.id() + "` |");
    }

    @Test
    void idsAreUnique() {
        assertThat(Arrays.stream(MistakeProfile.values()).map(MistakeProfile::id)).doesNotHaveDuplicates();
        assertThat(MistakeProfile.byId("no-such-profile")).isEmpty();
    }
}
