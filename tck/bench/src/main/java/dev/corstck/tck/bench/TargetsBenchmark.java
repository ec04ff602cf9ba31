package dev.corstck.tck.bench;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servers {@code tools/bench-targets} grades: N embedded reference targets on loopback in this one JVM (the
 * correct target and mistake profiles in turn, so verdicts differ), a targets file naming them with the sample
 * policy, then wait until standard input closes. Usage: {@code TargetsBenchmark DIR N}; prints the targets file's path.
 */
final class TargetsBenchmark {

    private static final String POLICY = """
            origin: [http://localhost:3000, http://127.0.0.1:3000, https://app.localhost]
            methods: [GET, POST, PUT, DELETE]
            allowedHeaders: [Content-Type, Authorization]
            exposedHeaders: [X-Request-Id]
            credentials: true
            maxAge: 600
            endpoints:
              - path: /api/data
                methods: [GET, POST]
            """;

    private TargetsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        List<Optional<MistakeProfile>> profiles = new ArrayList<>();
        profiles.add(Optional.empty());
        List.of(MistakeProfile.NULL_ORIGIN_TRUSTED, MistakeProfile.DUPLICATE_ACAO, MistakeProfile.MISSING_VARY,
                MistakeProfile.AUTHORIZATION_NOT_ALLOWED).forEach(p -> profiles.add(Optional.of(p)));
        Files.writeString(dir.resolve("policy.yaml"), POLICY);
        List<EmbeddedTarget> targets = new ArrayList<>();
        StringBuilder file = new StringBuilder("# " + n + " reference targets for tools/bench-targets\n");
        try {
            for (int i = 0; i < n; i++) {
                Optional<MistakeProfile> p = profiles.get(i % profiles.size());
                EmbeddedTarget t = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(p).start();
                targets.add(t);
                file.append(t.baseUrl()).append(" policy.yaml  # ").append(p.map(MistakeProfile::id)
                        .orElse("correct")).append('\n');
            }
            Path list = Files.writeString(dir.resolve("targets.txt"), file);
            System.out.println(list.toAbsolutePath());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the script to close our standard input
            }
        } finally {
            targets.forEach(EmbeddedTarget::close);
        }
    }
}
