package io.skillstudio.app.cli;

import io.skillstudio.serve.verl.VerlClientWriter;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code skillstudio verl-client}: writes verl's {@code compute_score} file, a client of {@code skillstudio serve}. */
@Command(
        name = "verl-client",
        mixinStandardHelpOptions = true,
        description = "Write a verl compute_score Python file (standard library only) that calls a running"
                + " `skillstudio serve`.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error or the file cannot be written"})
public final class VerlClientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "URL",
            description = "The server's base URL, e.g. http://127.0.0.1:5000.")
    String server;

    @Option(names = "--out", required = true, paramLabel = "FILE.py", description = "The Python file to write.")
    Path out;

    @Option(
            names = "--unscored-as",
            defaultValue = "error",
            paramLabel = "error|VALUE",
            description = "An unscored sample raises (error) or scores VALUE; verl needs a number, so no skip"
                    + " (default: ${DEFAULT-VALUE}).")
    String unscoredAs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            VerlClientWriter.write(out, server, UnscoredPolicy.parse(unscoredAs));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EvalCommand.USAGE;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return EvalCommand.USAGE;
        }
        spec.commandLine().getOut().printf("wrote %s (server %s, unscored as %s)%n", out, server, unscoredAs);
        return EvalCommand.OK;
    }
}
