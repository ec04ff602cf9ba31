package dev.corstck.reports.spool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.ExplanationStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledTableTests {

    @TempDir
    Path dir;

    @Test
    void valuesWhoseDigestsCollideStayApartAndEqualOnesShareANumber() throws IOException {
        // Every value gets the same digest: only the byte-for-byte comparison tells them apart.
        try (SpoolFile file = new SpoolFile(dir.resolve("steps.jsonl"))) {
            SpooledTable<ExplanationStep> table = new SpooledTable<>(file, FindingSpool.MAPPER,
                    ExplanationStep.class, bytes -> 42L);
            List<Integer> numbers = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 4500; i++) { // past the table's memory of recent values (4,096)
                    numbers.add(table.index(new ExplanationStep("step " + i, "https://fetch.spec.whatwg.org/#s")));
                }
            }
            file.flush();

            assertThat(table.count()).isEqualTo(4500);
            assertThat(numbers.subList(4500, 9000)).isEqualTo(numbers.subList(0, 4500));
            assertThat(numbers.subList(0, 4500)).doesNotHaveDuplicates();
            assertThat(table.read(4499).text()).isEqualTo("step 4499");
        }
    }

    @Test
    void theDigestIndexFindsEveryKeyItWasGivenThroughItsGrowth() {
        DigestIndex index = new DigestIndex();
        Random random = new Random(7);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i == 0 ? 0L : i == 1 ? -1L : random.nextLong();
            index.put(keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(index.get(keys[i])).isEqualTo(i);
        }
        assertThat(index.get(123456789L)).isEqualTo(-1);
    }
}
