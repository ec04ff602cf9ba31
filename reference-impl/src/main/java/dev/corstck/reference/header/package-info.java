/**
 * Header names and the list-valued CORS headers: parsing {@code Access-Control-Request-Headers} and merging {@code
 * Vary} (see fetch#terminology-headers).
 */
@NullMarked
package dev.corstck.reference.header;

import org.jspecify.annotations.NullMarked;
