/**
 * Process hygiene for the programs the harness starts (browsers, drivers, Xvfb): each is marked, its process tree
 * tracked and reaped, what is left killed at JVM exit, blocking calls bounded by a watchdog, scratch directories made
 * and deleted.
 */
@NullMarked
package dev.corstck.harness.process;

import org.jspecify.annotations.NullMarked;
