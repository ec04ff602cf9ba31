package dev.corstck.tck.engine.discovery;

import static dev.corstck.tck.junit.CorsTckParameters.TARGET;

import dev.corstck.tck.generation.TargetUrl;
import dev.corstck.tck.junit.CorsTarget;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Decide where a class's target comes from: {@code cors.tck.target}, else the annotation's {@code target}, else its
 * one {@code @CorsTarget} member. Having none, or both an annotation target and a member, is an error.
 */
final class TargetFinder {

    private final Parameters params;
    private final DiscoveryIssueReporter issues;

    TargetFinder(Parameters params, DiscoveryIssueReporter issues) {
        this.params = params;
        this.issues = issues;
    }

    Optional<TargetSource> find(Class<?> testClass, String annotated) {
        ClassSource here = ClassSource.from(testClass);
        Optional<String> configured = params.text(TARGET);
        if (configured.isPresent()) {
            return url(configured.get(), "configuration parameter " + TARGET, here);
        }
        List<Member> members = members(testClass);
        if (!annotated.isBlank() && !members.isEmpty()) {
            return error("both @CorsConformance(target) and @CorsTarget " + members.get(0).getName()
                    + " name a target: keep one", here);
        }
        if (!annotated.isBlank()) {
            return url(annotated.strip(), "@CorsConformance(target)", here);
        }
        if (members.size() > 1) {
            return error("several @CorsTarget members (" + String.join(", ", members.stream().map(Member::getName)
                    .toList()) + "): keep one", here);
        }
        if (members.isEmpty()) {
            return error("no target: set @CorsConformance(target = \"http://...\"), annotate a method or field with "
                    + "@CorsTarget, or set the configuration parameter " + TARGET, here);
        }
        Member member = members.get(0);
        Optional<String> problem = TargetMember.problem(member);
        if (problem.isPresent()) {
            return error(problem.get(), member instanceof Method m ? MethodSource.from(m) : here);
        }
        return Optional.of(new TargetSource.Supplied(new TargetMember(member)));
    }

    private static List<Member> members(Class<?> testClass) {
        List<Member> members = new ArrayList<>();
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, CorsTarget.class);
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(testClass, CorsTarget.class,
                HierarchyTraversalMode.TOP_DOWN);
        members.addAll(fields);
        members.addAll(methods);
        return members;
    }

    private Optional<TargetSource> url(String url, String where, TestSource here) {
        try {
            TargetUrl.parse(url);
            return Optional.of(new TargetSource.Url(url));
        } catch (IllegalArgumentException e) {
            return error(where + ": " + e.getMessage(), here);
        }
    }

    private Optional<TargetSource> error(String message, TestSource source) {
        issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, message).source(source));
        return Optional.empty();
    }
}
