package dev.corstck.reports.html.view;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Show one target: identity, conformance, policy, simulator agreement and its rules × engines matrix.
 *
 * @param index       the target's position in the report (the page's filter value)
 * @param label       the display name
 * @param target      the base URL or name
 * @param conformance the conformance label
 * @param css         the CSS class of its colour
 * @param policy      the policy text
 * @param verdicts    the target's counts per verdict
 * @param engines     the matrix columns (engine ids)
 * @param matrix      one row per rule
 * @param agreement   one row per browser engine
 * @param badgeSvg    the target's badge, an inline SVG element
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record TargetView(int index, String label, String target, String conformance, String css, String policy,
                         List<CountView> verdicts, List<String> engines, List<MatrixRow> matrix,
                         List<AgreementRow> agreement, gg.jte.Content badgeSvg) {

    public TargetView {
        verdicts = List.copyOf(verdicts);
        engines = List.copyOf(engines);
        matrix = List.copyOf(matrix);
        agreement = List.copyOf(agreement);
    }
}
