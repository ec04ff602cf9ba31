/**
 * {@code cors-tck explain}: why a browser blocked (or would block) a cross-origin request, from a DevTools HAR, a live
 * request or a curl command line. Every request is run through the simulator once per engine profile on the
 * responses the input holds; what the input does not hold is {@code UNKNOWN}, never a guess.
 */
@NullMarked
package dev.corstck.tck.explain;

import org.jspecify.annotations.NullMarked;
