/**
 * Request methods: tokens, the CORS-safelisted methods and method normalization (see fetch#concept-method).
 */
@NullMarked
package dev.corstck.reference.method;

import org.jspecify.annotations.NullMarked;
