package io.skillstudio.app.cli;

import io.skillstudio.app.architecture.AllowedToUseStandardStreams;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the command line's AOT cache (JEP 483/514/515, Java 25): the build runs this
 * class once with {@code -XX:AOTCacheOutput=...} at {@code package}, and {@code bin/skillstudio}
 * starts later runs with {@code -XX:AOTCache=...}, so they find the classes it used already loaded
 * and linked, and its method profiles. It runs the everyday commands in one JVM, so the cache covers
 * all of them: {@code --version}, {@code validate} and {@code eval} on a sample skill, {@code ifeval}
 * on one row per instruction (app/src/aot). A failing command fails the build: the training run is
 * also a smoke test of the packaged jar.
 *
 * <p>Arguments: the sample skill folder, the IFEval training input and responses, a scratch folder.
 */
@AllowedToUseStandardStreams("a build step: reports which training command failed")
public final class AotTraining {

    private AotTraining() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: AotTraining SKILL_DIR IFEVAL_INPUT IFEVAL_RESPONSES SCRATCH_DIR");
            System.exit(2);
        }
        Path skill = Path.of(args[0]);
        Path scratch = Path.of(args[3]);
        List<String[]> commands = List.of(
                new String[] {"--version"},
                new String[] {"validate", skill.toString()},
                new String[] {"validate", "--format", "json", skill.toString()},
                new String[] {
                    "ifeval",
                    "--input",
                    args[1],
                    "--responses",
                    args[2],
                    "--out",
                    scratch.resolve("ifeval").toString()
                },
                new String[] {
                    "eval",
                    "--skill",
                    skill.toString(),
                    "--samples",
                    skill.resolve("evals/samples.jsonl").toString(),
                    "--out",
                    scratch.resolve("eval").toString()
                });
        for (String[] command : commands) {
            StringWriter out = new StringWriter();
            var cl = SkillStudioCli.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(out));
            int code = cl.execute(command);
            if (code != 0) {
                System.err.println(
                        "AOT training: `skillstudio " + String.join(" ", command) + "` exited " + code + "\n" + out);
                System.exit(1);
            }
        }
    }
}
