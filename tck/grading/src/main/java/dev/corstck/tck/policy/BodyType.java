package dev.corstck.tck.policy;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Name the kind of body a legitimate client sends, which decides its {@code Content-Type} and so whether the call is
 * preflighted (see fetch#cors-safelisted-request-header).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BodyType {
    /** No body. */
    NONE(""),
    /** {@code application/json}: not safelisted, so preflighted. */
    JSON("application/json"),
    /** {@code text/plain;charset=UTF-8}, what {@code fetch()} sets for a string body: safelisted. */
    TEXT("text/plain;charset=UTF-8"),
    /** {@code application/x-www-form-urlencoded;charset=UTF-8} ({@code URLSearchParams}): safelisted. */
    FORM("application/x-www-form-urlencoded;charset=UTF-8"),
    /** {@code multipart/form-data; boundary=...} ({@code FormData}): safelisted. */
    MULTIPART("multipart/form-data; boundary=----cors-tck");

    private final String contentType;

    BodyType(String contentType) {
        this.contentType = contentType;
    }

    /** Return the {@code Content-Type} a browser sends with such a body; empty for {@link #NONE}. */
    public Optional<String> contentType() {
        return contentType.isEmpty() ? Optional.empty() : Optional.of(contentType);
    }

    /** Return the policy-file spelling: {@code none}, {@code json}, ... */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }
}
