package io.skillstudio.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process and captures what it prints. */
public final class CliRunner {

    /** Exit code and the two streams of one run. */
    public record Run(int exitCode, String out, String err) {}

    private CliRunner() {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = SkillStudioCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
