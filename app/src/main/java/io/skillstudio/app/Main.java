package io.skillstudio.app;

import io.skillstudio.app.architecture.AllowedToUseStandardStreams;
import io.skillstudio.app.cli.SkillStudioCli;
import io.skillstudio.app.studio.StudioLauncher;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Entry point. With arguments it is the command line; without, or with only {@code --open=<path>}, a
 * path, or a package and a sample file, it opens the studio. It does not
 * extend {@code Application}, because a class-path launch of such a class fails on JDK 17.
 */
@AllowedToUseStandardStreams("the command line's entry point owns the process streams")
public final class Main {
    private Main() {}

    /**
     * A lone argument that names an existing file or folder and is not a subcommand opens the studio
     * (a folder named like a subcommand can be opened as {@code ./validate}).
     */
    static boolean opensInStudio(String arg) {
        try {
            return !arg.startsWith("-")
                    && Files.exists(Path.of(arg))
                    && !subcommands().contains(arg);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Set<String> subcommands() {
        return SkillStudioCli.subcommands().keySet();
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].startsWith("--open="))) {
            StudioLauncher.launch(args);
            return;
        }
        if (args.length == 1 && opensInStudio(args[0])) {
            // "skillstudio PATH" opens the package, like "idea PATH" or "code PATH".
            StudioLauncher.launch(new String[] {"--open=" + args[0]});
            return;
        }
        if (args.length == 2 && opensInStudio(args[0]) && opensInStudio(args[1])) {
            // "skillstudio PKG SAMPLES" opens the package and makes the sample file its run's sample set.
            StudioLauncher.launch(new String[] {"--open=" + args[0], "--samples=" + args[1]});
            return;
        }
        System.exit(SkillStudioCli.execute(SkillStudioCli.commandLineFor(args), args));
    }
}
