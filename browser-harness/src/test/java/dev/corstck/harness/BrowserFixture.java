package dev.corstck.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One harness (one browser per engine), one recording API and one page origin, shared by every browser test class of
 * the run and closed when the run ends (JUnit closes {@link AutoCloseable} values of the root store).
 */
final class BrowserFixture implements AutoCloseable {

    /** Every engine the tests run in; a missing browser fails the tests, it never skips them. */
    static final List<Engine> ENGINES = List.of(Engine.CHROMIUM, Engine.CHROMIUM_SELENIUM, Engine.FIREFOX,
            Engine.WEBKIT);

    /** A host name mapped to loopback for the engines that can map names. */
    static final String MAPPED_HOST = "app.test";

    final CorsApi api = new CorsApi();
    final BrowserHarness harness;
    final PageOrigin page;
    final Path workDir;

    private BrowserFixture() throws IOException {
        workDir = Files.createTempDirectory("cors-tck-harness-tests");
        harness = BrowserHarness.create(HarnessOptions.builder().engines(ENGINES).workDir(workDir)
                .hostsToLoopback(List.of(MAPPED_HOST))
                .launchTimeout(Duration.ofSeconds(40)).fetchTimeout(Duration.ofSeconds(8)).build());
        page = harness.bind(PageOrigin.http("127.0.0.1", 0));
        harness.warmUp(); // every engine starts now: a missing browser fails here, with the package to install
    }

    /** Return the engines as test arguments. */
    static Stream<Engine> engines() {
        return ENGINES.stream();
    }

    /** Return the URL of {@code name} on the API, under this engine's own path prefix. */
    String url(Engine engine, String name) {
        return api.base() + path(engine, name);
    }

    /** Return the path of {@code name} under this engine's prefix. */
    static String path(Engine engine, String name) {
        return "/" + engine.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + name;
    }

    @Override
    public void close() {
        harness.close();
        api.close();
        dev.corstck.harness.process.WorkDirs.deleteQuietly(workDir);
    }

    /** Register with {@code @ExtendWith(BrowserFixture.Extension.class)}; then call {@link #get()}. */
    static final class Extension implements BeforeAllCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserFixture.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(NS).computeIfAbsent("fixture", k -> create(), BrowserFixture.class);
        }

        private static BrowserFixture create() {
            try {
                return new BrowserFixture();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static BrowserFixture current;

    /** Return the shared fixture (after the extension ran). */
    static BrowserFixture get() {
        return current;
    }
}
