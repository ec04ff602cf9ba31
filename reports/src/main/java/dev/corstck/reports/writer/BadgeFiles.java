package dev.corstck.reports.writer;

import dev.corstck.reports.model.TargetReport;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Name each target's badge file: a slug of its label ({@code Express cors} → {@code express-cors.svg}), made
 * unique within the report.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BadgeFiles {

    private static final int MAX_SLUG = 60;

    private BadgeFiles() {
    }

    /** Return the file name of each target's badge, keyed by {@link TargetReport#target()}. */
    public static Map<String, String> names(List<TargetReport> targets) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (TargetReport target : targets) {
            String slug = slug(target.label());
            String name = slug;
            for (int n = 2; !taken.add(name); n++) {
                name = slug + "-" + n;
            }
            names.put(target.target(), name + ".svg");
        }
        return names;
    }

    /** Return a file-name-safe slug: lower-case ASCII letters, digits, dots and dashes. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("^[a-z][a-z0-9+.-]*://", "")
                .replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
        }
        return slug.isEmpty() ? "target" : slug;
    }
}
