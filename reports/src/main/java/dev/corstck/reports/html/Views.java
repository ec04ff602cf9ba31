package dev.corstck.reports.html;

import dev.corstck.reports.badge.Badge;
import dev.corstck.reports.badge.BadgeSvg;
import dev.corstck.reports.curl.ShellQuote;
import dev.corstck.reports.html.view.AgreementRow;
import dev.corstck.reports.html.view.CountView;
import dev.corstck.reports.html.view.Headline;
import dev.corstck.reports.html.view.LevelRow;
import dev.corstck.reports.html.view.RunView;
import dev.corstck.reports.html.view.TargetView;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineAgreement;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.Summary;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turn the report model into the display-ready views the templates render. */
final class Views {

    private Views() {
    }

    static RunView run(RunInfo run) {
        return new RunView(run.toolVersion(), DateTimeFormatter.ISO_INSTANT.format(run.startedAt()),
                DateTimeFormatter.ISO_INSTANT.format(run.finishedAt()), duration(run.durationMillis()),
                run.commandLine().stream().map(ShellQuote::quote).collect(Collectors.joining(" ")),
                run.engines(), run.complete(), run.strict());
    }

    static Headline headline(Report report) {
        Summary summary = report.summary();
        Conformance conformance = report.conformance();
        List<LevelRow> levels = Arrays.stream(Level.values())
                .map(level -> new LevelRow(level.name(), Arrays.stream(Verdict.values())
                        .map(v -> new CountView(v.name(), Matrices.css(v), summary.count(level, v))).toList(),
                        summary.byLevel().get(level).values().stream().mapToInt(Integer::intValue).sum()))
                .filter(row -> row.total() > 0).toList();
        return new Headline(conformance.label(), css(conformance), sentence(report, summary), counts(summary),
                levels);
    }

    /** The root causes of every target, in report order: the first thing the page shows. */
    static List<dev.corstck.reports.html.view.CauseView> causes(dev.corstck.reports.model.Report report) {
        List<dev.corstck.reports.html.view.CauseView> views = new java.util.ArrayList<>();
        for (TargetReport target : report.targets()) {
            for (var c : dev.corstck.reports.cause.RootCauses.of(target)) {
                views.add(new dev.corstck.reports.html.view.CauseView(target.label(), c.id(),
                        Matrices.css(c.verdict()), c.verdict().name(), c.summary(), c.remedy(), c.console(),
                        c.curl(), c.ruleIds(), c.endpoints(), c.findings()));
            }
        }
        return views;
    }

    static TargetView target(int index, TargetReport target) {
        List<String> engines = List.copyOf(target.summary().byEngine().keySet()); // engines with findings, in order
        Matrices.Tally tally = new Matrices.Tally();
        target.forEachText(f -> tally.add(f, f.engine().id()));
        return new TargetView(index, target.label(), target.target(), target.conformance().label(),
                css(target.conformance()), target.policy(), counts(target.summary()), engines,
                tally.rows(engines),
                target.agreement().stream().map(Views::agreement).toList(),
                new SvgMarkup(BadgeSvg.inline(Badge.of(target), "badge" + index)));
    }

    static List<CountView> counts(Summary summary) {
        return Arrays.stream(Verdict.values())
                .map(v -> new CountView(v.name(), Matrices.css(v), summary.count(v))).toList();
    }

    static String css(Conformance conformance) {
        return "c-" + conformance.name().toLowerCase(Locale.ROOT);
    }

    private static AgreementRow agreement(EngineAgreement agreement) {
        String percent = agreement.scenarios() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", 100.0 * agreement.agreed() / agreement.scenarios());
        return new AgreementRow(agreement.engine().id(), agreement.scenarios(), agreement.agreed(), percent,
                agreement.isFullAgreement() ? "ok" : "bad", agreement.disagreements());
    }

    private static String sentence(Report report, Summary summary) {
        int targets = report.targets().size();
        long failingTargets = report.targets().stream().filter(t -> t.summary().count(Verdict.FAIL) > 0).count();
        String scope = String.format("%,d findings on %d target%s.", summary.total(), targets, plural(targets));
        int fails = summary.count(Verdict.FAIL);
        int errors = summary.count(Verdict.ERROR);
        int warnings = summary.count(Verdict.WARN);
        return switch (report.conformance()) {
            case NON_CONFORMANT -> String.format("%,d failure%s", fails, plural(fails))
                    + (targets > 1 ? " in " + failingTargets + " of " + targets + " targets. " : ". ") + scope;
            case INCONCLUSIVE -> (report.run().complete() ? "" : "The run did not complete. ")
                    + String.format("%,d error%s; no claim either way. ", errors, plural(errors)) + scope;
            case CONFORMANT_WITH_WARNINGS -> String.format("No failures; %,d warning%s. ", warnings,
                    plural(warnings)) + scope;
            case CONFORMANT -> "No failures, errors or warnings. " + scope;
        };
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    private static String duration(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
