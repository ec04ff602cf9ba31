package dev.corstck.reports.html.view;

import org.apiguardian.api.API;

/**
 * Show one cell of a matrix: the worst verdict among the findings of a rule in one column, and how many.
 *
 * @param column     the column key (an engine id, or a target index on the comparison page)
 * @param verdict    the worst verdict, or empty when the cell has no findings
 * @param css        the CSS class of its colour
 * @param findings   how many findings the cell summarises
 * @param worstCount how many of them have the worst verdict
 * @param detail     the counts per verdict in words, e.g. "3 FAIL, 37 PASS" (shown as a tooltip)
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record MatrixCell(String column, String verdict, String css, int findings, int worstCount, String detail) {

    /** Answer whether the cell has no findings. */
    public boolean isEmpty() {
        return findings == 0;
    }

    /** Return the short count inside the cell: "3/40" when the worst verdict is a problem, else the total. */
    public String shortText() {
        if (isEmpty()) {
            return "";
        }
        boolean problem = verdict.equals("FAIL") || verdict.equals("ERROR") || verdict.equals("WARN");
        return problem ? worstCount + "/" + findings : Integer.toString(findings);
    }
}
