package dev.corstck.tck.simulator.fetch;

import dev.corstck.tck.simulator.Explanation;
import dev.corstck.tck.simulator.Step;
import dev.corstck.tck.simulator.StepResult;
import java.util.ArrayList;
import java.util.List;

/** Collects the steps of one fetch's explanation; anchors are given without the {@code fetch#} prefix. */
final class Trace {

    private final List<Step> steps = new ArrayList<>();

    void passed(String anchor, String check, String detail) {
        add(anchor, check, StepResult.PASSED, detail);
    }

    void failed(String anchor, String check, String detail) {
        add(anchor, check, StepResult.FAILED, detail);
    }

    void info(String anchor, String check, String detail) {
        add(anchor, check, StepResult.INFO, detail);
    }

    void diverges(String anchor, String check, String detail) {
        add(anchor, check, StepResult.DIVERGES, detail);
    }

    private void add(String anchor, String check, StepResult result, String detail) {
        steps.add(new Step(anchor.contains("#") ? anchor : "fetch#" + anchor, check, result, detail));
    }

    Explanation explanation() {
        return new Explanation(steps);
    }
}
