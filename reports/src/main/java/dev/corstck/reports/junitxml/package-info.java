/**
 * {@code junit.xml}: the legacy JUnit XML (Ant/Surefire style) that CI dashboards read.
 */
@NullMarked
package dev.corstck.reports.junitxml;

import org.jspecify.annotations.NullMarked;
