/**
 * The harness façade's implementation: engine lifecycle (one slot per engine), batches of calls, reachability,
 * correlating engine events with calls and assembling observations. The processes it starts are kept in
 * {@code dev.corstck.harness.process}.
 */
@NullMarked
package dev.corstck.harness.session;

import org.jspecify.annotations.NullMarked;
