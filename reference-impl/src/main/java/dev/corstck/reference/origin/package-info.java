/**
 * Origins as Fetch defines them: the (scheme, host, port) tuple, its serialization (see fetch#origin-header) and
 * the matchers a policy uses to allow them.
 */
@NullMarked
package dev.corstck.reference.origin;

import org.jspecify.annotations.NullMarked;
