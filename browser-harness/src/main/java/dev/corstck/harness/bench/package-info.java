/** The harness benchmark ({@code tools/bench-harness}): engine start to first fetch, and scenarios per second. */
@NullMarked
package dev.corstck.harness.bench;

import org.jspecify.annotations.NullMarked;
