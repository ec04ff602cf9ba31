/**
 * Request methods: tokens, the CORS-safelisted methods and method normalization (see fetch#concept-method).
 */
@NullMarked
package dev.corstck.fetch.method;

import org.jspecify.annotations.NullMarked;
