/**
 * Raw HTTP messages as they cross the wire, shared by the reference implementation, the simulator and the probes.
 */
@NullMarked
package dev.corstck.fetch.http;

import org.jspecify.annotations.NullMarked;
