package dev.corstck.tck.certification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matrix as a Markdown table for {@code certification/README.md}: one row per configuration, one column per
 * engine ({@code verdict, agreed/scenarios}), then whether it is as expected; under it, when and how it was made.
 */
final class ReadmeTable {

    private ReadmeTable() {
    }

    static String markdown(CertificationDocument document) {
        Set<String> engines = new LinkedHashSet<>();
        document.implementations().forEach(r -> engines.addAll(r.engines().keySet()));
        StringBuilder md = new StringBuilder();
        md.append("| Implementation | Configuration | Ecosystem | Versions | Expected |");
        engines.forEach(e -> md.append(' ').append(e).append(" |"));
        md.append(" As expected | Certified |\n|---|---|---|---|---|");
        engines.forEach(e -> md.append("---|"));
        md.append("---|---|\n");
        for (CertifiedConfiguration row : document.implementations()) {
            md.append("| ").append(cell(row.implementation())).append(" | ").append(cell(row.configuration()))
                    .append(" | ").append(row.ecosystem().id()).append(" | ").append(cell(row.version()))
                    .append(" | ").append(row.expected().id()).append(" |");
            for (String engine : engines) {
                EngineResult result = row.engines().get(engine);
                md.append(' ').append(result == null ? "\u2013" : engineCell(result)).append(" |");
            }
            md.append(' ').append(row.matched() ? "yes" : "**no**").append(" | ")
                    .append(row.certifiedAt().length() >= 10 ? row.certifiedAt().substring(0, 10) : row.certifiedAt())
                    .append(" |\n");
        }
        long matched = document.implementations().stream().filter(CertifiedConfiguration::matched).count();
        md.append("\n").append(matched).append(" of ").append(document.implementations().size())
                .append(" configurations as expected. Generated ").append(date(document.generatedAt()))
                .append(" by `").append(document.command()).append("` (").append(document.tool())
                .append("); browsers: ").append(String.join(", ", document.browsers()))
                .append(". Rows kept from an earlier run show their own date.\n");
        return md.toString();
    }

    private static String engineCell(EngineResult result) {
        String verdict = result.verdict().id();
        List<String> counts = new java.util.ArrayList<>();
        if (result.fail() > 0) {
            counts.add(result.fail() + " fail");
        }
        if (result.warn() > 0) {
            counts.add(result.warn() + " warn");
        }
        if (result.agreement().scenarios() > 0) {
            counts.add(result.agreement().agreed() + "/" + result.agreement().scenarios() + " agree");
        }
        return counts.isEmpty() ? verdict : verdict + " (" + String.join(", ", counts) + ")";
    }

    private static String date(String instant) {
        return instant.length() >= 10 ? instant.substring(0, 10) : instant;
    }

    /** Keep a value from breaking the table. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
