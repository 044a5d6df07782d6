package io.skillstudio.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillstudio.evaluator.ifeval.bench.IfevalBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark bodies run and do real work (JMH itself is run by hand, docs/benchmarks.md); and the
 * annotation processor registered them, so {@code org.openjdk.jmh.Main} finds them.
 */
class JmhBenchmarksTest {

    private static final Blackhole SINK = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void judgeSessionScoresEveryCall() {
        JudgeLoopJmh bench = new JudgeLoopJmh();
        bench.setUp();
        JudgeLoopJmh.Samples samples = new JudgeLoopJmh.Samples();
        for (int i = 0; i < 5; i++) {
            bench.session(samples, SINK); // throws when a session does not score
        }
        assertThat(samples.next).isEqualTo(5);
    }

    @Test
    void ifevalCursorWalksAllPromptsAndWraps() throws IOException {
        assumeTrue(IfevalBenchmark.sharedData(IfevalBenchmark.DEFAULT_INPUT).isPresent(), "shared/data absent");
        IfevalRewardJmh bench = new IfevalRewardJmh();
        bench.load();
        IfevalRewardJmh.Cursor cursor = new IfevalRewardJmh.Cursor();
        for (int i = 0; i < 541; i++) {
            bench.strict(cursor, SINK);
        }
        assertThat(cursor.next).isZero(); // all 541 GPT-4 prompts have a response, so the cursor wrapped
        bench.loose(cursor, SINK);
        assertThat(cursor.next).isEqualTo(1);
    }

    @Test
    void benchmarksAreRegisteredForJmh() throws IOException {
        Path list = Path.of("target/classes/META-INF/BenchmarkList");
        assertThat(list).exists();
        assertThat(Files.readString(list))
                .contains(
                        "IfevalRewardJmh_strict_jmhTest",
                        "IfevalRewardJmh_loose_jmhTest",
                        "JudgeLoopJmh_session_jmhTest");
    }
}
