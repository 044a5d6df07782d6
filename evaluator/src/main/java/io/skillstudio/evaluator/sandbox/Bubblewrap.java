package io.skillstudio.evaluator.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the bubblewrap command line that is python_sandbox's OS boundary: new user, pid, network,
 * ipc, uts and cgroup namespaces; a root made of an empty tmpfs holding only the Python runtime
 * (executable, standard library, the shared libraries it links) bound read-only, a fresh {@code /proc}
 * of the new pid namespace, a minimal {@code /dev}, a small private {@code /tmp} as the only writable
 * place; no capabilities, an empty environment, a new session (no terminal injection), death with
 * the parent, and the {@link SeccompFilter} that forbids new processes. The filter reaches bwrap on
 * file descriptor 9 through {@code sh -c 'exec 9<file; exec "$@"'}, because a Java child inherits no
 * other descriptors.
 */
final class Bubblewrap {
    static final String LAYERS = "bubblewrap: new user, pid, network, ipc, uts and cgroup namespaces";
    static final String FS = "read-only python runtime only, private 16 MiB tmpfs, fresh /proc";
    static final String SECCOMP = "seccomp: no new processes or threads";
    static final List<String> ISOLATION = List.of(LAYERS, FS, SECCOMP);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LDD_PATH = Pattern.compile("(?:=>\\s+)?(/\\S+)\\s+\\(0x");
    private static final String PROBE = "import sys, os, sysconfig, json; print(json.dumps({'exe': os.path.realpath("
            + "sys.executable), 'prefix': sys.base_prefix, 'stdlib': sysconfig.get_path('stdlib'), "
            + "'platstdlib': sysconfig.get_path('platstdlib')}))";

    private Bubblewrap() {}

    /** {@code bwrap} on PATH, or empty. */
    static Optional<Path> find() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "bwrap");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The argv prefix that runs {@code python} (which must then follow, by its resolved path) inside the
     * boundary, or empty when the runtime's layout cannot be found or this architecture has no filter.
     */
    static Optional<Command> command(Path bwrap, Path python) {
        Optional<byte[]> filter = SeccompFilter.forArch(System.getProperty("os.arch", ""));
        Optional<String> probe = PythonRuntime.run(List.of(python.toString(), "-I", "-S", "-c", PROBE));
        if (filter.isEmpty() || probe.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> layout;
        try {
            layout = MAPPER.readValue(probe.get().strip(), Map.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path exe = Path.of(String.valueOf(layout.get("exe")));
        Set<String> binds = new LinkedHashSet<>();
        String prefix = String.valueOf(layout.get("prefix"));
        if (prefix.equals("/usr") || prefix.equals("/")) {
            // A system python: only its own files, not all of /usr.
            binds.add(exe.toString());
            binds.add(String.valueOf(layout.get("stdlib")));
            binds.add(String.valueOf(layout.get("platstdlib")));
        } else {
            binds.add(prefix); // a pyenv or venv build keeps everything, libpython included, under its prefix
            binds.add(exe.toString());
        }
        binds.addAll(linkedLibraryDirs(exe));
        List<String> cmd = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "exec 9<\"$0\" && exec \"$@\"",
                filterFile(filter.get()).toString(),
                bwrap.toString()));
        for (String b : binds) {
            if (Files.exists(Path.of(b))) {
                cmd.addAll(List.of("--ro-bind", b, b));
            }
        }
        cmd.addAll(List.of(
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                "--size",
                String.valueOf(16 << 20),
                "--tmpfs",
                "/tmp",
                "--chdir",
                "/tmp",
                "--unshare-all",
                "--unshare-user",
                "--disable-userns",
                "--die-with-parent",
                "--new-session",
                "--clearenv",
                "--cap-drop",
                "ALL",
                "--seccomp",
                "9",
                "--"));
        return Optional.of(new Command(cmd, exe));
    }

    /** The folders of the shared libraries {@code exe} links (and the dynamic loader itself), from ldd. */
    private static List<String> linkedLibraryDirs(Path exe) {
        Set<String> out = new LinkedHashSet<>();
        Optional<String> ldd = PythonRuntime.run(List.of("ldd", exe.toString()));
        if (ldd.isEmpty()) {
            out.addAll(List.of("/lib", "/lib64", "/usr/lib", "/usr/lib64"));
            return List.copyOf(out);
        }
        Matcher m = LDD_PATH.matcher(ldd.get());
        while (m.find()) {
            Path lib = Path.of(m.group(1));
            // The loader is named by its absolute path inside the ELF header: bind that file itself.
            out.add(
                    lib.getFileName().toString().startsWith("ld-linux")
                            ? lib.toString()
                            : lib.getParent().toString());
        }
        return List.copyOf(out);
    }

    private static Path filterFile(byte[] program) {
        try {
            Path f = Files.createTempFile(
                    "skillstudio-seccomp-",
                    ".bpf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(f, program);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param prefix everything before the interpreter; @param python the interpreter's resolved path */
    record Command(List<String> prefix, Path python) {
        Command {
            prefix = List.copyOf(prefix);
        }
    }
}
