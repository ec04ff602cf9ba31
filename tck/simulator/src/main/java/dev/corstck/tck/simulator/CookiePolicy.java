package dev.corstck.tck.simulator;

import org.apiguardian.api.API;

/**
 * An engine's cookie behaviour for cross-site credentialed requests (R-CRED-03, R-CRED-04,
 * tck/SPEC-NOTES.md#other-differences).
 *
 * @param thirdParty what happens to cookies in a cross-site (third-party) context
 * @param laxByDefault whether a cookie without {@code SameSite} is treated as {@code Lax}
 * @param localhostIsSecure whether {@code http://localhost} may set and receive {@code Secure} cookies
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CookiePolicy(ThirdParty thirdParty, boolean laxByDefault, boolean localhostIsSecure) {

    /** Third-party cookie handling. */
    public enum ThirdParty {
        /** Sent and stored like first-party cookies, subject to {@code SameSite}. */
        ALLOW,
        /** Stored and sent only in a jar keyed by the top-level site (Firefox Total Cookie Protection). */
        PARTITION,
        /** Blocked, except {@code Partitioned} (CHIPS) cookies, kept per top-level site (Chromium here). */
        BLOCK_UNPARTITIONED,
        /** Blocked entirely (WebKit's default {@code no-third-party} policy). */
        BLOCK
    }
}
