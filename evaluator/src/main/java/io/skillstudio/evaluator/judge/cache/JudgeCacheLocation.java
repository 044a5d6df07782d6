package io.skillstudio.evaluator.judge.cache;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where the judge cache lives by default: the user's cache folder, never the working directory (a
 * cache in {@code ./.skillstudio} follows whatever folder a command runs in, and may land inside a
 * package or a repository). {@code $XDG_CACHE_HOME/skillstudio/judge-cache} when that variable holds
 * an absolute path (the XDG rule), else {@code ~/.cache/skillstudio/judge-cache}.
 */
public final class JudgeCacheLocation {

    private JudgeCacheLocation() {}

    /** @param env environment lookup ({@code System::getenv}); @param home the user's home folder */
    public static Path defaultFolder(Function<String, String> env, Path home) {
        String xdg = env.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("skillstudio").resolve("judge-cache");
    }

    /** The default for this process. */
    public static Path defaultFolder() {
        return defaultFolder(System::getenv, Path.of(System.getProperty("user.home")));
    }
}
