/**
 * The wire prober: browser-shaped raw HTTP/1.1 requests sent byte for byte as given (order, case, duplicates), over
 * pooled keep-alive connections, with every step bounded; each exchange is kept as evidence.
 *
 * <p>Why not a library client: {@code HttpURLConnection} drops {@code Origin}, {@code java.net.http.HttpClient}
 * refuses {@code Host} and {@code Connection} and cannot send malformed requests, and the general-purpose clients
 * normalise header lines; a prober must send exactly what it is told and report exactly what came back.
 */
@NullMarked
package dev.corstck.tck.probe;

import org.jspecify.annotations.NullMarked;
