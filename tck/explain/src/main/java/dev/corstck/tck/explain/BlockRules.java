package dev.corstck.tck.explain;

import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BlockReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalog rules a block shows the server breaking (IDs from {@code tck/RULES.md}); none for failures of the page's
 * own code or of the network. Every ID is checked against the catalog by the tests.
 */
final class BlockRules {

    private BlockRules() {
    }

    static List<String> of(Block block) {
        List<String> ids = new ArrayList<>(base(block.reason()));
        boolean authorization = block.detail().toLowerCase(Locale.ROOT).equals("authorization");
        if (block.reason() == BlockReason.HEADER_DISALLOWED && authorization) {
            ids.add("seed.authorization-in-allowed-headers");
        }
        if (block.reason() == BlockReason.METHOD_DISALLOWED && !block.detail().equals(
                block.detail().toUpperCase(Locale.ROOT))) {
            ids.add("preflight.acam-exact-case");
        }
        return List.copyOf(ids);
    }

    private static List<String> base(BlockReason reason) {
        return switch (reason) {
            case MISSING_ALLOW_ORIGIN -> List.of("cors-check.acao-present");
            case MULTIPLE_ALLOW_ORIGIN -> List.of("cors-check.acao-single");
            case INVALID_ALLOW_ORIGIN, ALLOW_ORIGIN_MISMATCH -> List.of("cors-check.acao-exact");
            case WILDCARD_ORIGIN_NOT_ALLOWED -> List.of("cors-check.acao-not-wildcard-with-credentials",
                    "seed.wildcard-with-credentials");
            case INVALID_ALLOW_CREDENTIALS -> List.of("cors-check.acac-true");
            case PREFLIGHT_MISSING_ALLOW_ORIGIN -> List.of("preflight.cors-check", "cors-check.acao-present");
            case PREFLIGHT_MULTIPLE_ALLOW_ORIGIN -> List.of("preflight.cors-check", "cors-check.acao-single");
            case PREFLIGHT_INVALID_ALLOW_ORIGIN, PREFLIGHT_ALLOW_ORIGIN_MISMATCH -> List.of("preflight.cors-check",
                    "cors-check.acao-exact");
            case PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED -> List.of("preflight.cors-check",
                    "cors-check.acao-not-wildcard-with-credentials", "seed.wildcard-with-credentials");
            case PREFLIGHT_INVALID_ALLOW_CREDENTIALS -> List.of("preflight.cors-check", "cors-check.acac-true");
            case PREFLIGHT_INVALID_STATUS -> List.of("preflight.status-ok");
            case PREFLIGHT_DISALLOWED_REDIRECT -> List.of("preflight.no-redirect");
            case INVALID_ALLOW_METHODS, INVALID_ALLOW_HEADERS -> List.of("preflight.lists-parse");
            case METHOD_DISALLOWED -> List.of("preflight.acam-lists-method");
            case HEADER_DISALLOWED -> List.of("preflight.acah-lists-headers");
            case AUTHORIZATION_NOT_COVERED_BY_WILDCARD -> List.of("preflight.authorization-explicit",
                    "seed.authorization-in-allowed-headers");
            default -> List.of();
        };
    }
}
