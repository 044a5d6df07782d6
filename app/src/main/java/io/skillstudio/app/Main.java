package io.skillstudio.app;

import io.skillstudio.app.architecture.AllowedToUseStandardStreams;
import io.skillstudio.app.cli.SkillStudioCli;
import io.skillstudio.app.studio.StudioLauncher;

/**
 * Entry point. With arguments it is the command line; without (or with only {@code --open=<path>}) it
 * opens the studio. It does not
 * extend {@code Application}, because a class-path launch of such a class fails on JDK 17.
 */
@AllowedToUseStandardStreams("the command line's entry point owns the process streams")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].startsWith("--open="))) {
            StudioLauncher.launch(args);
            return;
        }
        System.exit(SkillStudioCli.execute(SkillStudioCli.commandLine(), args));
    }
}
