package dev.corstck.tck.grading;

import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Grade a real Jetty target against a policy file's text, wire only, every finding attributed to its check. */
final class JettyGrading {

    /** The policy most Jetty self-tests declare: one origin, credentials, a JSON API called with GET and PUT. */
    static final String POLICY = """
            origin: http://localhost:3000
            methods: [GET, POST, PUT, DELETE]
            allowedHeaders: [Content-Type, X-Cors-Tck]
            credentials: true
            maxAge: 600
            endpoints:
              - path: /api/x
                methods: [GET, PUT]
                credentials: include
                body: json
            """;

    static final String ALLOWED = "http://localhost:3000";

    private JettyGrading() {
    }

    static List<Attribution.Attributed> grade(JettyTarget t, String policyYaml) {
        GradingPolicy policy = ((GradingPolicyFile.Loaded.Valid) GradingPolicyFile.parse(policyYaml, "<test>"))
                .policy();
        return Attribution.grade(GradeRequest.builder(t.origin()).policy(new PolicySource.Declared(policy))
                .browsers(List.of()).build());
    }

    /** Jetty's CrossOriginFilter on every path, granting the policy's origin, lists and credentials. */
    static JettyTarget jettyCors(JettyTarget t, String... extra) {
        String[] base = {"allowedOrigins", ALLOWED, "allowedMethods", "GET,POST,PUT,DELETE", "allowedHeaders",
            "Content-Type,X-Cors-Tck", "allowCredentials", "true", "preflightMaxAge", "600"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return t.crossOriginFilter("/*", all);
    }

    /** The rules with this prefix that got FAIL or WARN, as lines. */
    static Set<String> flagged(List<Attribution.Attributed> f, String prefix) {
        Set<String> out = new TreeSet<>();
        f.stream().filter(a -> a.finding().ruleId().startsWith(prefix) && (a.finding().verdict() == Verdict.FAIL
                || a.finding().verdict() == Verdict.WARN)).forEach(a -> out.add(a.finding().ruleId() + " "
                + a.finding().scenarioId() + " " + a.finding().actual()));
        return out;
    }
}
