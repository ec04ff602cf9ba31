/**
 * The request's options that CORS depends on: its mode, credentials mode and redirect mode (see fetch#requests).
 */
@NullMarked
package dev.corstck.fetch.request;

import org.jspecify.annotations.NullMarked;
