/**
 * The cors-tck JUnit Platform engine: a thin HierarchicalTestEngine that discovers classes annotated with {@code
 * CorsConformance}, grades each target once, and reports every finding as a test (see tck/JUNIT.md).
 */
@NullMarked
package dev.corstck.tck.engine;

import org.jspecify.annotations.NullMarked;
