/** The harness façade's implementation: engine lifecycle, batches, observation assembly, process hygiene. */
@NullMarked
package dev.corstck.harness.internal;

import org.jspecify.annotations.NullMarked;
