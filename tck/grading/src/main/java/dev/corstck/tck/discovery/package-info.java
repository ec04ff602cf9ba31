/**
 * Discovery: infer a target's effective CORS policy from wire probes alone (which origins, methods and headers it
 * allows, credentials, exposed headers, max-age, Vary), path by path, and write it as a policy file to review and
 * keep: the options most paths share at the top level, and under each path that differs its own {@code cors}.
 */
@NullMarked
package dev.corstck.tck.discovery;

import org.jspecify.annotations.NullMarked;
