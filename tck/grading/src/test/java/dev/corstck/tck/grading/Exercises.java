package dev.corstck.tck.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Name the rules a self-test drives to a verdict on a real server and asserts on, so {@code tck/RULES.md} links each
 * rule to the tests that decide it. {@code RuleCoverageTests} reads these to derive {@code exercisedBy}, checks every
 * ID is a graded rule and that the test's source still cites it (by ID or Rule constant). Public so end-to-end tests
 * in other packages (the CLI's) can claim rules too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercises {

    /** The rule IDs. */
    String[] value();
}
