package dev.corstck.tck.certification;

import org.apiguardian.api.API;

/**
 * Why an {@code implementation.yaml} is refused. The set is closed; each reason's {@link #prefix()} starts every
 * message of that kind.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ManifestReason {
    UNREADABLE("the file cannot be read"),
    SYNTAX("not valid YAML"),
    NOT_A_MAPPING("expected a mapping"),
    UNKNOWN_KEY("unknown key"),
    DUPLICATE_KEY("a key is given twice"),
    MISSING_KEY("a required key is missing"),
    WRONG_TYPE("a value has the wrong type"),
    NAME_NOT_FOLDER("name must be the folder's name"),
    UNKNOWN_ECOSYSTEM("unknown ecosystem"),
    JDK("jdk is wrong"),
    MALFORMED_URL("docs must be an http(s) URL"),
    MALFORMED_PACKAGE("not a Debian package name"),
    MALFORMED_ID("a configuration id must be lower-case letters, digits and dashes"),
    DUPLICATE_ID("a configuration id is given twice"),
    POLICY("the policy file is unusable"),
    MALFORMED_ENV("an env entry is wrong"),
    UNKNOWN_EXPECT("expect must be conformant, conformant-with-warnings or non-conformant"),
    UNKNOWN_RULE("no rule has this ID"),
    EXPLAINED("explained does not fit expect");

    private final String prefix;

    ManifestReason(String prefix) {
        this.prefix = prefix;
    }

    /** The fixed start of every message of this kind. */
    public String prefix() {
        return prefix;
    }
}
