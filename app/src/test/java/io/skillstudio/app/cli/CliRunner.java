package io.skillstudio.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process and captures what it prints. */
public final class CliRunner {

    /** Exit code and the two streams of one run. */
    public record Run(int exitCode, String out, String err) {}

    private CliRunner() {}

    /** Runs {@code args} on the command line {@code Main} builds for them. */
    public static Run run(String... args) {
        return run(SkillStudioCli.commandLineFor(args), args);
    }

    /** Runs {@code args} on {@code cl}. */
    public static Run run(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
