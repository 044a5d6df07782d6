package io.skillstudio.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
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
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            EvalCommand.class,
            IfevalCommand.class,
            JudgeTestCommand.class,
            RouteCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            VerlClientCommand.class,
            DiffCommand.class,
            LockCommand.class,
            ExportCommand.class
        })
public final class SkillStudioCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command tree; every subcommand is registered here and only here. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new SkillStudioCli()));
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand, the root with only
     * that subcommand (and its own subcommands) under it, else the whole tree. Picocli builds every
     * command's model by reflection up front, a tenth of a second of a batch run's start-up
     * (docs/benchmarks.md); a run of one subcommand parses, prints usage and errors exactly as under the
     * whole tree, because the root and the subcommand are the same classes. {@code help} needs the
     * whole tree.
     */
    public static CommandLine commandLineFor(String... args) {
        Class<?> only = args.length == 0 ? null : subcommands().get(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return commandLine();
        }
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(new CommandLine(only));
        return configure(root);
    }

    /** The subcommand classes by name and alias, read from the one registry (the annotation above). */
    public static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Class<?> c : SkillStudioCli.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            out.put(command.name(), c);
            for (String alias : command.aliases()) {
                out.put(alias, c);
            }
        }
        return out;
    }

    /**
     * The root of a one-subcommand tree: {@link SkillStudioCli}'s name, options and version without its
     * subcommand list (reached only with a subcommand, so it never prints its own usage).
     */
    @Command(name = "skillstudio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Root implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the one-subcommand root runs only with its subcommand");
        }
    }

    private static CommandLine configure(CommandLine cl) {
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
            cl.getErr()
                    .println("error: out of memory (" + e.getMessage() + "); give the JVM more heap, for example"
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
