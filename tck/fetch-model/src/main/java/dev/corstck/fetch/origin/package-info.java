/**
 * Origins: tuple and opaque, parsed and serialized as browsers do, with IDNA hosts and compressed IPv6 (see
 * html#concept-origin, fetch#origin-header).
 */
@NullMarked
package dev.corstck.fetch.origin;

import org.jspecify.annotations.NullMarked;
