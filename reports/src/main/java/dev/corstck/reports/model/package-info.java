/**
 * The report model: immutable records for a run, its targets, findings and their evidence.
 *
 * <p>These records are what {@code report.json} serialises (see {@code reports/REPORT-SCHEMA.md}); every renderer
 * (HTML, JUnit XML, comparison matrix, badges, diff) reads only this model.
 */
@NullMarked
package dev.corstck.reports.model;

import org.jspecify.annotations.NullMarked;
