package dev.corstck.tck.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Name the rules a self-test shows decided on a real server, where the main job's targets never get them decided.
 * {@code RuleCoverageTests} reads these to derive {@code exercisedBy} and checks every ID is a graded rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Exercises {

    /** The rule IDs. */
    String[] value();
}
