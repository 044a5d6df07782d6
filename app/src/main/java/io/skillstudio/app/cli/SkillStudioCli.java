package io.skillstudio.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code skillstudio} command line. Subcommands share the evaluator and model code paths with
 * the studio; each returns the documented exit code (0 ok, 1 findings, 2 usage or unreadable input,
 * 3 out of memory).
 */
@Command(
        name = "skillstudio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Author, validate and evaluate Skill-RM reward skills.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, EvalCommand.class, IfevalCommand.class, JudgeTestCommand.class, RouteCommand.class,
            BenchCommand.class, ServeCommand.class, VerlClientCommand.class, DiffCommand.class, LockCommand.class,
            ExportCommand.class})
public final class SkillStudioCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command tree; every subcommand is registered here and only here. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SkillStudioCli());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError oom) {
                    throw oom; // a worker's OOM wrapped in an exception: same exit as a direct one
                }
            }
            line.getErr().println("error: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    /** Exit code of a run that ran out of memory: distinct from 1, which means "the package has findings". */
    public static final int EXIT_OUT_OF_MEMORY = 3;

    /**
     * Runs {@code cl}; an OutOfMemoryError (a huge input, a too small -Xmx) ends with one line on
     * stderr and {@link #EXIT_OUT_OF_MEMORY}, not a stack trace and the findings code.
     */
    public static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("error: out of memory (" + e.getMessage() + "); give the JVM more heap, for example"
                    + " JAVA_OPTS=-Xmx4g, or split the input");
            cl.getErr().flush();
            return EXIT_OUT_OF_MEMORY;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
