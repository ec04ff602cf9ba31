/**
 * The origin page server: blank pages and the fetch glue on any (scheme, host, port) on loopback, and the sandboxed
 * frame that gives a page an opaque origin. Internal.
 */
@NullMarked
package dev.corstck.harness.page;

import org.jspecify.annotations.NullMarked;
