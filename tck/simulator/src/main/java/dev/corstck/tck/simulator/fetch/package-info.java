/**
 * The Fetch algorithms the simulator runs, one small class per Fetch concept: request construction, main fetch,
 * CORS-preflight fetch, the CORS check, the preflight cache, redirects, response filtering and console wording.
 * Only {@link dev.corstck.tck.simulator.fetch.FetchAlgorithm} is meant to be used from outside.
 */
@NullMarked
package dev.corstck.tck.simulator.fetch;

import org.jspecify.annotations.NullMarked;
