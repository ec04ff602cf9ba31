package dev.corstck.tck.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Match rule IDs with a glob: {@code *} any run of characters, {@code ?} one character, everything else literal
 * (so {@code preflight.*} does not match {@code preflight-cache.max-age-syntax}).
 *
 * @param glob the pattern as the user wrote it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RulePattern(String glob) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9.*?-]+");

    public RulePattern {
        Objects.requireNonNull(glob, "glob must not be null");
        if (!ALLOWED.matcher(glob).matches()) {
            throw new IllegalArgumentException("rule pattern '" + glob
                    + "' may only hold lowercase letters, digits, '.', '-', '*' and '?'");
        }
    }

    /** Parse a comma-separated list of globs, ignoring blanks around and between them. */
    public static List<RulePattern> parseList(String globs) {
        List<RulePattern> patterns = Arrays.stream(Objects.requireNonNull(globs, "globs must not be null").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(RulePattern::new).toList();
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("rule selection '" + globs + "' names no pattern");
        }
        return patterns;
    }

    /** Answer whether {@code id} matches this glob as a whole. */
    public boolean matches(String id) {
        return toRegex().matcher(id).matches();
    }

    private Pattern toRegex() {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
