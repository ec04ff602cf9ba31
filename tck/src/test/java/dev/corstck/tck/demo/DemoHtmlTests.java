package dev.corstck.tck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.tck.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --html} without browsers: the page holds the curl command, what curl got and the simulator's reason. */
class DemoHtmlTests {

    @Test
    void oneRequestAgainstATargetBecomesAPageWithTheCurlCommandAndTheAuthorizationReason(@TempDir Path dir)
            throws Exception {
        Path page = dir.resolve("demo.html");
        try (EmbeddedTarget t = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(MistakeProfile.AUTHORIZATION_NOT_ALLOWED).start()) {
            PrintStream saved = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = Main.run("demo", "--target", t.baseUrl(), "--path", "/api/items/1", "--method", "PUT",
                        "--header", "Authorization: Bearer t", "--header", "Content-Type: application/json",
                        "--browsers", "none", "--html", page.toString());
            } finally {
                System.setOut(saved);
            }

            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("== your-request").contains("page: ");
        }
        String html = Files.readString(page);
        assertThat(html).contains("id=\"case-your-request\"").contains("-X PUT")
                .contains("Authorization: Bearer t").contains("HTTP/1.1 200")
                .contains("refuses the request header authorization")
                .contains("browsers check the method before the headers, so they report &#39;PUT&#39; first");
    }
}
