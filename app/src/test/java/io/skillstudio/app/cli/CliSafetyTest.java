package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCacheLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Issue 8: an OutOfMemoryError has its own exit code and one line; the judge cache is the user's. */
class CliSafetyTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final boolean wrapped;

        Boom(boolean wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public Integer call() {
            OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
            if (wrapped) {
                throw new IllegalStateException("worker failed", oom);
            }
            throw oom;
        }
    }

    private static String run(boolean wrapped, int[] code) {
        CommandLine cl = SkillStudioCli.commandLine().addSubcommand("boom", new Boom(wrapped));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        code[0] = SkillStudioCli.execute(cl, "boom");
        return err.toString();
    }

    @Test
    void anOutOfMemoryErrorExitsWithItsOwnCodeAndOneLine() {
        for (boolean wrapped : new boolean[] {false, true}) {
            int[] code = new int[1];
            String err = run(wrapped, code);
            assertThat(code[0]).isEqualTo(SkillStudioCli.EXIT_OUT_OF_MEMORY).isNotEqualTo(1);
            assertThat(err.lines()).singleElement().asString().startsWith("error: out of memory (Java heap space)");
        }
    }

    @Test
    void theJudgeCacheDefaultsToTheUserCacheFolderNotTheWorkingDirectory() {
        Path home = Path.of("/home/u");
        assertThat(JudgeCacheLocation.defaultFolder(Map.of("XDG_CACHE_HOME", "/x/cache")::get, home))
                .isEqualTo(Path.of("/x/cache/skillstudio/judge-cache"));
        assertThat(JudgeCacheLocation.defaultFolder(Map.of("XDG_CACHE_HOME", "relative")::get, home))
                .isEqualTo(Path.of("/home/u/.cache/skillstudio/judge-cache"));
        assertThat(JudgeCacheLocation.defaultFolder(k -> null, home))
                .isEqualTo(Path.of("/home/u/.cache/skillstudio/judge-cache"));
        JudgeOptions o = new JudgeOptions();
        assertThat(o.cache()).contains(JudgeCacheLocation.defaultFolder());
        assertThat(o.cache().orElseThrow().isAbsolute()).isTrue();
    }
}
