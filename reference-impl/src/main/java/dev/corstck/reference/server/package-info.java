/**
 * The embedded reference target: demo endpoints on the JDK HTTP server, an in-process responder that answers
 * exactly as the wire would, and a request journal.
 */
@NullMarked
package dev.corstck.reference.server;

import org.jspecify.annotations.NullMarked;
