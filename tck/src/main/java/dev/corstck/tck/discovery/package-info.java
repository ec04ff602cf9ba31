/**
 * Discovery: infer a target's effective CORS policy from wire probes alone (which origins, methods and headers it
 * allows, credentials, exposed headers, max-age, Vary) and write it as a policy file to review and keep.
 */
@NullMarked
package dev.corstck.tck.discovery;

import org.jspecify.annotations.NullMarked;
