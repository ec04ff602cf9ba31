/**
 * Classifying a request as not CORS, an actual CORS request or a CORS-preflight request (see fetch#http-requests),
 * and checking what a preflight asks for.
 */
@NullMarked
package dev.corstck.reference.preflight;

import org.jspecify.annotations.NullMarked;
