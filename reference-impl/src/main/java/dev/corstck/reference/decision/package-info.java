/**
 * The CORS processor: a pure function from a request to a {@link dev.corstck.reference.decision.Decision} (see
 * fetch#http-responses).
 */
@NullMarked
package dev.corstck.reference.decision;

import org.jspecify.annotations.NullMarked;
