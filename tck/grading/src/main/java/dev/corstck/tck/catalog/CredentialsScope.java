package dev.corstck.tck.catalog;

import org.apiguardian.api.API;

/**
 * Name which requests a rule is graded on: the same misconfiguration can be harmless without credentials and
 * critical with them (see fetch#cors-protocol-and-credentials).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CredentialsScope {
    /** Graded on every request, credentialed or not. */
    ANY,
    /** Graded only where the client sends credentials ({@code credentials: "include"}). */
    WITH_CREDENTIALS,
    /** Graded only where the client sends no credentials. */
    WITHOUT_CREDENTIALS
}
