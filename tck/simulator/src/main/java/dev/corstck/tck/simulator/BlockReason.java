package dev.corstck.tck.simulator;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Why a fetch threw or ended in a network error: a closed set, each with the Fetch anchor that decides it, the name
 * Chromium's DevTools protocol reports ({@code Network.CorsError}) and the Firefox {@code security.properties} key.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BlockReason {
    INVALID_URL(true, "", "", "request-class"),
    URL_CREDENTIALS(true, "", "", "request-class"),
    INVALID_METHOD(true, "", "", "request-class"),
    FORBIDDEN_METHOD(true, "", "", "forbidden-method"),
    NO_CORS_METHOD(true, "", "", "request-class"),
    BODY_WITH_GET_OR_HEAD(true, "", "", "request-class"),
    STREAM_BODY_IN_NO_CORS(true, "", "", "request-class"),
    INVALID_HEADER(true, "", "", "headers-class"),

    DISALLOWED_BY_MODE(false, "DisallowedByMode", "", "concept-main-fetch"),
    MIXED_CONTENT(false, "", "", "concept-main-fetch"),
    CORS_DISABLED_SCHEME(false, "CorsDisabledScheme", "CORSRequestNotHttp", "concept-main-fetch"),
    NO_CORS_REDIRECT_NOT_FOLLOW(false, "NoCorsRedirectModeNotFollow", "", "concept-main-fetch"),
    NETWORK_FAILURE(false, "", "CORSDidNotSucceed2", "concept-network-error"),

    MISSING_ALLOW_ORIGIN(false, "MissingAllowOriginHeader", "CORSMissingAllowOrigin2", "concept-cors-check"),
    MULTIPLE_ALLOW_ORIGIN(false, "MultipleAllowOriginValues", "CORSMultipleAllowOriginNotAllowed", "concept-cors-check"),
    INVALID_ALLOW_ORIGIN(false, "InvalidAllowOriginValue", "CORSAllowOriginNotMatchingOrigin", "concept-cors-check"),
    ALLOW_ORIGIN_MISMATCH(false, "AllowOriginMismatch", "CORSAllowOriginNotMatchingOrigin", "concept-cors-check"),
    WILDCARD_ORIGIN_NOT_ALLOWED(false, "WildcardOriginNotAllowed", "CORSNotSupportingCredentials", "concept-cors-check"),
    INVALID_ALLOW_CREDENTIALS(false, "InvalidAllowCredentials", "CORSMissingAllowCredentials", "concept-cors-check"),

    PREFLIGHT_MISSING_ALLOW_ORIGIN(false, "PreflightMissingAllowOriginHeader", "CORSMissingAllowOrigin2",
            "cors-preflight-fetch-0"),
    PREFLIGHT_MULTIPLE_ALLOW_ORIGIN(false, "PreflightMultipleAllowOriginValues", "CORSMultipleAllowOriginNotAllowed",
            "cors-preflight-fetch-0"),
    PREFLIGHT_INVALID_ALLOW_ORIGIN(false, "PreflightInvalidAllowOriginValue", "CORSAllowOriginNotMatchingOrigin",
            "cors-preflight-fetch-0"),
    PREFLIGHT_ALLOW_ORIGIN_MISMATCH(false, "PreflightAllowOriginMismatch", "CORSAllowOriginNotMatchingOrigin",
            "cors-preflight-fetch-0"),
    PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED(false, "PreflightWildcardOriginNotAllowed", "CORSNotSupportingCredentials",
            "cors-preflight-fetch-0"),
    PREFLIGHT_INVALID_ALLOW_CREDENTIALS(false, "PreflightInvalidAllowCredentials", "CORSMissingAllowCredentials",
            "cors-preflight-fetch-0"),
    PREFLIGHT_INVALID_STATUS(false, "PreflightInvalidStatus", "CORSPreflightDidNotSucceed3", "cors-preflight-fetch-0"),
    PREFLIGHT_DISALLOWED_REDIRECT(false, "PreflightDisallowedRedirect", "CORSExternalRedirectNotAllowed",
            "cors-preflight-fetch-0"),
    INVALID_ALLOW_METHODS(false, "InvalidAllowMethodsPreflightResponse", "CORSInvalidAllowMethod",
            "cors-preflight-fetch-0"),
    INVALID_ALLOW_HEADERS(false, "InvalidAllowHeadersPreflightResponse", "CORSInvalidAllowHeader",
            "cors-preflight-fetch-0"),
    METHOD_DISALLOWED(false, "MethodDisallowedByPreflightResponse", "CORSMethodNotFound", "cors-preflight-fetch-0"),
    HEADER_DISALLOWED(false, "HeaderDisallowedByPreflightResponse", "CORSMissingAllowHeaderFromPreflight2",
            "cors-preflight-fetch-0"),
    AUTHORIZATION_NOT_COVERED_BY_WILDCARD(false, "HeaderDisallowedByPreflightResponse",
            "CORSMissingAllowHeaderFromPreflight2", "cors-non-wildcard-request-header-name"),

    REDIRECT_MODE_ERROR(false, "", "", "concept-http-fetch"),
    REDIRECT_LOCATION_INVALID(false, "", "", "http-redirect-fetch"),
    REDIRECT_TO_NON_HTTP(false, "", "", "http-redirect-fetch"),
    TOO_MANY_REDIRECTS(false, "", "", "http-redirect-fetch"),
    REDIRECT_CONTAINS_CREDENTIALS(false, "RedirectContainsCredentials", "", "http-redirect-fetch"),
    STREAM_BODY_REDIRECT(false, "", "", "http-redirect-fetch");

    private final boolean thrown;
    private final String chromiumCorsError;
    private final String firefoxKey;
    private final String anchor;

    BlockReason(boolean thrown, String chromiumCorsError, String firefoxKey, String anchor) {
        this.thrown = thrown;
        this.chromiumCorsError = chromiumCorsError;
        this.firefoxKey = firefoxKey;
        this.anchor = anchor;
    }

    /** Answer whether this reason makes {@code fetch()} throw synchronously rather than reject. */
    public boolean isThrown() {
        return thrown;
    }

    /** The {@code Network.CorsError} value Chromium's DevTools protocol reports, if it reports one. */
    public Optional<String> chromiumCorsError() {
        return chromiumCorsError.isEmpty() ? Optional.empty() : Optional.of(chromiumCorsError);
    }

    /** The Firefox console message key, if Firefox logs a CORS message for it. */
    public Optional<String> firefoxKey() {
        return firefoxKey.isEmpty() ? Optional.empty() : Optional.of(firefoxKey);
    }

    /** The Fetch anchor that defines the failing step, as {@code fetch#anchor}. */
    public String anchor() {
        return "fetch#" + anchor;
    }

    /**
     * Answer whether the browser blocked the request before CORS ran for reasons of its own (mixed content): no
     * answer of the server could change it, so it is no verdict about the server.
     */
    public boolean isBeforeCors() {
        return this == MIXED_CONTENT;
    }

    /** Answer whether the failure came from the CORS-preflight fetch. */
    public boolean isPreflightFailure() {
        return anchor.equals("cors-preflight-fetch-0") || this == AUTHORIZATION_NOT_COVERED_BY_WILDCARD;
    }
}
