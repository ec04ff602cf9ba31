/**
origin-header) and
#origin-header) and
 * the matchers a policy uses to allow them.
 */
@NullMarked
package dev.corstck.reference.origin;

import org.jspecify.annotations.NullMarked;
