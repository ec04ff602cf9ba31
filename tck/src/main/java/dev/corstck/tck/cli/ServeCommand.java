package dev.corstck.tck.cli;

import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.policy.FileProblem;
import dev.corstck.reference.policy.PolicyFile;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cors-tck serve}: start the reference target (the demo endpoints behind the reference CORS implementation,
 * or a mistake profile) on a loopback address and run until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Start the reference CORS target on loopback and run until Ctrl-C.",
            "Without --policy it runs the demo policy: origins http://localhost:3000, http://127.0.0.1:3000 and"
                + " https://app.localhost; methods GET POST PUT DELETE; allowedHeaders Content-Type Authorization;"
                + " exposedHeaders X-Request-Id; credentials true; maxAge 600."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (YAML, Express cors option names).")
    Path policyFile;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Loopback address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--profile", paramLabel = "NAME", description = "Get CORS wrong on purpose; see --list-profiles.")
    String profileName;

    @Option(names = "--list-profiles", description = "List the mistake profiles and exit.")
    boolean listProfiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listProfiles) {
            for (MistakeProfile p : MistakeProfile.values()) {
                out.printf("%-36s %s%n", p.id(), p.description());
            }
            out.flush();
            return Main.CONFORMANT;
        }
        Optional<CorsPolicy> policy = policy(err);
        Optional<MistakeProfile> profile = profileName == null ? Optional.empty() : MistakeProfile.byId(profileName);
        if (profileName != null && profile.isEmpty()) {
            err.println("cors-tck serve: unknown profile '" + profileName + "'; run 'cors-tck serve --list-profiles'");
        }
        if (policy.isEmpty() || (profileName != null && profile.isEmpty())) {
            err.flush();
            return Main.USAGE;
        }
        return serve(policy.get(), profile, out, err);
    }

    private Optional<CorsPolicy> policy(PrintWriter err) {
        if (policyFile == null) {
            return Optional.of(DemoPolicy.standard());
        }
        PolicyFile.Loaded loaded = PolicyFile.load(policyFile);
        if (loaded instanceof PolicyFile.Loaded.Valid valid) {
            return Optional.of(valid.policy());
        }
        var problems = ((PolicyFile.Loaded.Invalid) loaded).problems();
        problems.stream().map(FileProblem::toString).forEach(err::println);
        err.println("cors-tck serve: " + policyFile + " has " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "; nothing started");
        return Optional.empty();
    }

    private int serve(CorsPolicy policy, Optional<MistakeProfile> profile, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        EmbeddedTarget target;
        try {
            target = EmbeddedTarget.builder().policy(policy).profile(profile).host(host).port(port).start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Main.usageError(spec, e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            target.close();
            stopped.countDown();
        }, "cors-tck-serve-shutdown"));
        out.println("cors-tck serve: reference target listening on " + target.baseUrl());
        profile.ifPresent(p -> out.println("profile: " + p.id() + " -- " + p.description()));
        out.println("effective policy:");
        out.print(target.policy());
        out.println("endpoints: GET /api/data, POST /api/login, GET /api/me, PUT|DELETE /api/items/{id},"
                + " GET /api/redirect?to=URL, GET /api/redirect/same-origin, /api/status/{code}, /echo");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Main.CONFORMANT;
    }
}
