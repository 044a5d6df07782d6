package io.skillstudio.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code skillstudio} command line. Subcommands share the evaluator and model code paths with
 * the studio; each returns the documented exit code (0 ok, 1 findings, 2 usage or unreadable input).
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
            line.getErr().println("error: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
