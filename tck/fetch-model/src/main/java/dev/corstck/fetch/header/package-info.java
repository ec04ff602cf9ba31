/**
 * Header names and values: the token grammar, HTTP whitespace, and the forbidden and CORS-safelisted request-header
 * names (see fetch#terminology-headers).
 */
@NullMarked
package dev.corstck.fetch.header;

import org.jspecify.annotations.NullMarked;
