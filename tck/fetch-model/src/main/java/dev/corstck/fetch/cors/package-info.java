/**
 * The CORS check of a response (see fetch#http-cors-protocol, fetch#concept-cors-check).
 */
@NullMarked
package dev.corstck.fetch.cors;

import org.jspecify.annotations.NullMarked;
