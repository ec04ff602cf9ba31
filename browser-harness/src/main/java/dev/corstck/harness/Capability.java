package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an engine lets the harness observe besides what JavaScript sees. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Capability {
    /** Console or log messages, such as the CORS error text. */
    CONSOLE,
    /** Network events: preflights and the request headers actually sent (hence cookies). */
    NETWORK,
    /** A structured CORS error reason (Chromium's {@code corsErrorStatus}). */
    CORS_REASON
}
