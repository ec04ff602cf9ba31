/**
 * The scenario table: one row per request a page could make, with the processor decision, response headers and
 * browser outcome it should produce.
 */
@NullMarked
package dev.corstck.reference.scenario;

import org.jspecify.annotations.NullMarked;
