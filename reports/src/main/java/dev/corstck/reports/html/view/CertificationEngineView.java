package dev.corstck.reports.html.view;

import gg.jte.Content;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Show what one engine made of a configuration: its verdict (and whether it was the expected one), its badge, the
 * simulator's agreement with it, and one cell per rule family.
 *
 * @param engine        the engine's id
 * @param verdict       the verdict, e.g. {@code conformant}
 * @param css           the CSS class of the verdict's colour
 * @param matched       whether the verdict is the expected one
 * @param badgeSvg      the badge, an inline SVG element
 * @param agreement     "agreed/scenarios", or a dash without a browser
 * @param fullAgreement whether every scenario agreed
 * @param cells         one cell per rule family, in the page's column order
 * @param links         for each cell, the link into the full report
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CertificationEngineView(String engine, String verdict, String css, boolean matched, Content badgeSvg,
                                      String agreement, boolean fullAgreement, List<MatrixCell> cells,
                                      List<String> links) {

    public CertificationEngineView {
        cells = List.copyOf(cells);
        links = List.copyOf(links);
    }
}
