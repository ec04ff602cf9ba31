/**
 * Shields-style SVG badges, one per target: conformance and counts at a glance, for READMEs and CI pages.
 */
@NullMarked
package dev.corstck.reports.badge;

import org.jspecify.annotations.NullMarked;
