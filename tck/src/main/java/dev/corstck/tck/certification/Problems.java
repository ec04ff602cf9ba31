package dev.corstck.tck.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collect the problems of one {@code implementation.yaml}, each at the line of the node it is about. */
final class Problems {

    private final String source;
    private final List<ManifestProblem> problems = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(Node node, ManifestReason reason, String advice) {
        add(node.getStartMark(), reason, advice);
    }

    void add(Optional<Mark> mark, ManifestReason reason, String advice) {
        problems.add(new ManifestProblem(source, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), reason, reason.prefix() + ": " + advice));
    }

    int size() {
        return problems.size();
    }

    List<ManifestProblem> all() {
        return List.copyOf(problems);
    }
}
