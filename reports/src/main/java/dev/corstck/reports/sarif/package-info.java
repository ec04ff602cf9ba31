/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, Azure DevOps), one
 * result per root cause rather than per finding.
 */
package dev.corstck.reports.sarif;
