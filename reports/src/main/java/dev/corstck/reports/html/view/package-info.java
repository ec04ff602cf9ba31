/**
 * View records the page templates render: display-ready strings and counts computed from the report model.
 * Internal: public only because the generated template classes live in another package.
 */
@NullMarked
package dev.corstck.reports.html.view;

import org.jspecify.annotations.NullMarked;
