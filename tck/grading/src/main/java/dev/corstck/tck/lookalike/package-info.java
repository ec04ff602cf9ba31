/**
 * Look-alike origins: the one vocabulary ({@link dev.corstck.tck.lookalike.LookAlikeKind}) and the one generator
 * ({@link dev.corstck.tck.lookalike.LookAlikes}) of origins that only imitate a trusted origin, shared by scenario
 * generation and discovery. Each is a different origin (html#concept-origin), so a target must not allow it.
 */
@NullMarked
package dev.corstck.tck.lookalike;

import org.jspecify.annotations.NullMarked;
