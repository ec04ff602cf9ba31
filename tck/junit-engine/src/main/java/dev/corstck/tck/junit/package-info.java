/**
 * Run the kit inside any Java build: annotate a test class with {@link dev.corstck.tck.junit.CorsConformance}, let a
 * {@link dev.corstck.tck.junit.CorsTarget} member supply the base URL of the application the class started, and the
 * {@code cors-tck} JUnit Platform engine grades it, one test per rule, scenario and engine. Configuration parameters
 * prefixed {@code cors.tck.} (see {@link dev.corstck.tck.junit.CorsTckParameters}) override the annotation.
 */
@NullMarked
package dev.corstck.tck.junit;

import org.jspecify.annotations.NullMarked;
