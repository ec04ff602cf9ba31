package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The engine's structured CORS failure reason, where it gives one (Chromium CDP {@code corsErrorStatus}).
 *
 * @param error e.g. {@code MissingAllowOriginHeader}, {@code PreflightInvalidStatus}, {@code WildcardOriginNotAllowed}
 * @param failedParameter the offending value, e.g. the header name or the received ACAO value; may be empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorsReason(String error, String failedParameter) {}
