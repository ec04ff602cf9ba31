package dev.corstck.tck.catalog;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Point at the place in the Fetch standard a rule comes from: an anchor (fragment id), the section it sits in,
 * and optionally the algorithm step.
 *
 * @param anchor  the fragment id on https://fetch.spec.whatwg.org/, e.g. {@code concept-cors-check}
 * @param section the numbered section, e.g. {@code 4.10 CORS check}
 * @param step    the algorithm step(s), e.g. {@code step 7}; empty when the whole definition applies
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SpecRef(String anchor, String section, String step) {

    /** The living standard every anchor refers to. */
    public static final String FETCH_URL = "https://fetch.spec.whatwg.org/";

    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._?-]*");

    public SpecRef {
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(section, "section must not be null");
        Objects.requireNonNull(step, "step must not be null");
        if (!ANCHOR.matcher(anchor).matches()) {
            throw new IllegalArgumentException("anchor must be a bare fragment id, got '" + anchor + "'");
        }
        if (section.isBlank()) {
            throw new IllegalArgumentException("section must not be blank");
        }
    }

    /** Refer to a whole definition or section. */
    public static SpecRef fetch(String anchor, String section) {
        return new SpecRef(anchor, section, "");
    }

    /** Refer to the same anchor at a given algorithm step, e.g. {@code at("step 7")}. */
    public SpecRef at(String newStep) {
        return new SpecRef(anchor, section, newStep);
    }

    /** Return the link to the anchor in the living standard. */
    public String url() {
        return FETCH_URL + "#" + anchor;
    }

    /** Return the short form used in comments and reports: {@code fetch#anchor}, plus the step if any. */
    @Override
    public String toString() {
        return "fetch#" + anchor + (step.isEmpty() ? "" : " (" + step + ")");
    }
}
