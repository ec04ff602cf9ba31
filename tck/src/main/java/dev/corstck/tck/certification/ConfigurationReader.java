package dev.corstck.tck.certification;

import dev.corstck.tck.engine.discovery.RuleIds;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Read the {@code configurations} of an {@code implementation.yaml}: each one's policy file must load, its
 * {@code expect} must be one a folder may claim, and its {@code explained} entries must fit that claim (none for
 * {@code conformant}, WARNs only for {@code conformant-with-warnings}, at least one FAIL for {@code non-conformant}).
 */
final class ConfigurationReader {

    static final List<String> KEYS = List.of("id", "title", "policy", "env", "expect", "explained");
    static final List<String> EXPLAINED_KEYS = List.of("rule", "verdict", "why", "upstream");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Set by the kit for every started server; a configuration cannot override them. */
    static final Set<String> KIT_ENV = Set.of("PORT");

    private final Path folder;
    private final Problems problems;
    private final List<String> policyProblems;

    ConfigurationReader(Path folder, Problems problems, List<String> policyProblems) {
        this.folder = folder;
        this.problems = problems;
        this.policyProblems = policyProblems;
    }

    List<Configuration> read(Node node) {
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(node, ManifestReason.WRONG_TYPE, "configurations must list at least one "
                    + "'- id: documented' entry");
            return List.of();
        }
        List<Configuration> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(item, ManifestReason.NOT_A_MAPPING, "a configuration takes " + String.join(", ", KEYS));
                continue;
            }
            int before = problems.size() + policyProblems.size();
            YamlMapping m = YamlMapping.of(mapping, "a configuration", KEYS, problems);
            Optional<Configuration> c = configuration(m);
            c.filter(x -> !ids.add(x.id())).ifPresent(x -> problems.add(m.get("id").orElseThrow(),
                    ManifestReason.DUPLICATE_ID, "'" + x.id() + "'"));
            if (problems.size() + policyProblems.size() == before) {
                c.ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Configuration> configuration(YamlMapping m) {
        String what = "a configuration";
        Optional<String> id = m.requireText("id", what, problems).filter(i -> check(m, "id", ID.matcher(i)
                .matches(), ManifestReason.MALFORMED_ID, "'" + i + "'"));
        Optional<String> title = m.requireText("title", what, problems);
        Optional<Path> policy = m.requireText("policy", what, problems).flatMap(p -> policy(m, p));
        Map<String, String> env = m.get("env").map(this::env).orElse(Map.of());
        Optional<MatrixVerdict> expect = m.requireText("expect", what, problems).flatMap(e -> expect(m, e));
        List<Explanation> explained = m.get("explained").map(this::explained).orElse(List.of());
        expect.ifPresent(e -> checkExplained(m, e, explained));
        if (id.isEmpty() || title.isEmpty() || policy.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> withConfig = new LinkedHashMap<>();
        withConfig.put("CORS_CONFIG", id.get());
        withConfig.putAll(env);
        return Optional.of(new Configuration(id.get(), title.get(), policy.get(), withConfig, expect.get(),
                explained));
    }

    private Optional<Path> policy(YamlMapping m, String text) {
        Path path = folder.resolve(text).normalize();
        if (!Files.isRegularFile(path)) {
            problems.add(m.get("policy").orElseThrow(), ManifestReason.POLICY, "'" + text + "' is not a file (" + path
                    + ")");
            return Optional.empty();
        }
        if (GradingPolicyFile.load(path) instanceof GradingPolicyFile.Loaded.Invalid invalid) {
            problems.add(m.get("policy").orElseThrow(), ManifestReason.POLICY, "'" + text + "' has "
                    + invalid.messages().size() + " problem(s), listed below");
            invalid.messages().stream().filter(msg -> !policyProblems.contains(msg)).forEach(policyProblems::add);
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private Map<String, String> env(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, ManifestReason.MALFORMED_ENV, "env must map names to values, e.g. "
                    + "{CORS_CONFIG: documented}");
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!ENV_NAME.matcher(name).matches()) {
                problems.add(tuple.getKeyNode(), ManifestReason.MALFORMED_ENV, "'" + name + "' is not a variable name");
            } else if (KIT_ENV.contains(name)) {
                problems.add(tuple.getKeyNode(), ManifestReason.MALFORMED_ENV, name + " is set by the kit (a free "
                        + "loopback port); remove it");
            } else if (!(tuple.getValueNode() instanceof ScalarNode v)) {
                problems.add(tuple.getValueNode(), ManifestReason.MALFORMED_ENV, "the value of " + name
                        + " must be text");
            } else {
                out.put(name, v.getValue());
            }
        }
        return out;
    }

    private Optional<MatrixVerdict> expect(YamlMapping m, String text) {
        Optional<MatrixVerdict> verdict = MatrixVerdict.find(text).filter(MatrixVerdict::isExpectable);
        if (verdict.isEmpty()) {
            problems.add(m.get("expect").orElseThrow(), ManifestReason.UNKNOWN_EXPECT, "'" + text + "'");
        }
        return verdict;
    }

    private List<Explanation> explained(Node node) {
        if (!(node instanceof SequenceNode seq)) {
            problems.add(node, ManifestReason.WRONG_TYPE, "explained must list '- rule: ..., verdict: FAIL, why: ...'"
                    + " entries (an empty list when there are none)");
            return List.of();
        }
        List<Explanation> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(item, ManifestReason.NOT_A_MAPPING, "an explained entry takes "
                        + String.join(", ", EXPLAINED_KEYS));
                continue;
            }
            explanation(YamlMapping.of(mapping, "an explained entry", EXPLAINED_KEYS, problems)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Explanation> explanation(YamlMapping m) {
        String what = "an explained entry";
        Optional<String> rule = m.requireText("rule", what, problems).filter(r -> RuleIds.unknown(r)
                .map(msg -> !check(m, "rule", false, ManifestReason.UNKNOWN_RULE, msg)).orElse(true));
        Optional<String> verdict = m.requireText("verdict", what, problems).filter(v -> check(m, "verdict",
                v.equals("FAIL") || v.equals("WARN"), ManifestReason.WRONG_TYPE, "verdict must be FAIL or WARN, "
                        + "got '" + v + "'"));
        Optional<String> why = m.requireText("why", what, problems);
        Optional<String> upstream = m.text("upstream", what, problems);
        if (rule.isEmpty() || verdict.isEmpty() || why.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Explanation(rule.get(), verdict.get(), why.get(), upstream));
    }

    private void checkExplained(YamlMapping m, MatrixVerdict expect, List<Explanation> explained) {
        Node at = m.get("explained").orElse(m.get("expect").orElseThrow());
        boolean fails = explained.stream().anyMatch(e -> e.verdict().equals("FAIL"));
        if (expect == MatrixVerdict.CONFORMANT && !explained.isEmpty()) {
            problems.add(at, ManifestReason.EXPLAINED, "expect: conformant means no FAIL and no WARN; leave "
                    + "explained empty, or expect what the explained entries say");
        } else if (expect == MatrixVerdict.CONFORMANT_WITH_WARNINGS && (fails || explained.isEmpty())) {
            problems.add(at, ManifestReason.EXPLAINED, "expect: conformant-with-warnings needs at least one "
                    + "explained WARN and no FAIL");
        } else if (expect == MatrixVerdict.NON_CONFORMANT && !fails) {
            problems.add(at, ManifestReason.EXPLAINED, "expect: non-conformant needs every FAIL explained (at least"
                    + " one 'verdict: FAIL' entry)");
        }
    }

    /** Report {@code advice} at {@code key} unless {@code ok}; return {@code ok}. */
    private boolean check(YamlMapping m, String key, boolean ok, ManifestReason reason, String advice) {
        if (!ok) {
            problems.add(m.get(key).orElse(m.node()), reason, advice);
        }
        return ok;
    }
}
