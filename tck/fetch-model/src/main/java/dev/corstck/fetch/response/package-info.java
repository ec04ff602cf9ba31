/**
 * What a fetch comes to, as script sees it (see fetch#responses).
 */
@NullMarked
package dev.corstck.fetch.response;

import org.jspecify.annotations.NullMarked;
