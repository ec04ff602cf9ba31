/**
 * Plain-text renderings for terminals and CI logs: a finding's evidence, and the diff of two reports.
 */
@NullMarked
package dev.corstck.reports.text;

import org.jspecify.annotations.NullMarked;
