/**
 * Self-contained HTML pages: {@code index.html} (one report) and {@code compare.html} (targets side by side).
 *
 * <p>Pages are rendered with precompiled jte templates ({@code src/main/jte}), which escape every value by context;
 * finding details are embedded as script-safe JSON and built in the browser only when opened, so 10,000 findings
 * stay fast. Nothing is loaded from outside the file.
 */
@NullMarked
package dev.corstck.reports.html;

import org.jspecify.annotations.NullMarked;
