/** Reading a {@code curl} command line (as DevTools' "Copy as cURL" writes it) into the request it sends. */
@NullMarked
package dev.corstck.tck.explain.curl;

import org.jspecify.annotations.NullMarked;
