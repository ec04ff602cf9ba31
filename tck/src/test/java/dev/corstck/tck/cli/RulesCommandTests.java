package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.catalog.Level;
import dev.corstck.tck.catalog.RuleCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulesCommandTests {

    static Stream<Arguments> invocations() {
        return Stream.of(
                Arguments.of("all rules as text", new String[] {"rules"}, 0, RuleCatalog.all().size() + 1 + " lines"),
                Arguments.of("level filter, case-insensitive", new String[] {"rules", "--level", "security"}, 0,
                        RuleCatalog.atLevel(Level.SECURITY).size() + 1 + " lines"),
                Arguments.of("glob selection as json", new String[] {"rules", "--rules", "tao.*", "--format", "json"},
                        0, "\"tao.timing-allow-origin\""),
                Arguments.of("markdown", new String[] {"rules", "--format", "markdown", "--rules", "seed.*"}, 0,
                        "| `seed.localhost-vs-127` |"),
                Arguments.of("selection matching nothing", new String[] {"rules", "--rules", "nothing.*"}, 2, ""),
                Arguments.of("bad glob is a usage error", new String[] {"rules", "--rules", "A[b]"}, 2, ""),
                Arguments.of("unknown level is a usage error", new String[] {"rules", "--level", "MAY"}, 2, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invocations")
    void rulesCommandListsAndExits(String name, String[] args, int exit, String expected) {
        CliRun run = CliRun.of(args);

        assertThat(run.exit()).isEqualTo(exit);
        if (expected.endsWith(" lines")) {
            assertThat(run.out().lines()).hasSize(Integer.parseInt(expected.split(" ")[0]));
        } else {
            assertThat(run.out()).contains(expected);
        }
    }
}
