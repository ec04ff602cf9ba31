package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the calls of one batch share a browsing context. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum BatchMode {
    /** One fresh context; calls run one after another, so a preflight cached by one is seen by the next. */
    SEQUENTIAL_SHARED_CONTEXT,
    /** One fresh context; calls run concurrently ({@code Promise.all}). */
    PARALLEL_SHARED_CONTEXT,
    /** A fresh context per call: no cookie, HTTP cache or preflight cache leaks between calls. */
    ISOLATED
}
