package io.skillstudio.evaluator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's attacks on python_sandbox, each run PAST the static validation (the generator-frame walk
 * reaches the real builtins without a dunder), so what stops them is the bubblewrap boundary alone.
 * These tests run whenever {@code bwrap} is installed (CI installs it) and fail, not skip, when it is
 * installed but the boundary cannot be set up.
 */
class PythonSandboxBoundaryTest {
    /** No "__", no private attribute, no banned name: passes validation, then walks to the wrapper's builtins. */
    static final String ESCAPE = "def g():\n    yield x.gi_frame.f_back.f_back.f_builtins\n"
            + "x = g()\nb = list(x)[0]\nimp = b['_' + '_import_' + '_']\nopen_ = b['open']\no = imp('os')\n";

    static Optional<PythonRuntime> runtime;

    @BeforeAll
    static void detect() {
        assumeTrue(Bubblewrap.find().isPresent(), "bubblewrap not installed: the unavailable path is tested instead");
        runtime = PythonRuntime.detect(Optional.empty());
        assertThat(runtime).as("python3 must be installed next to bwrap").isPresent();
        assertThat(runtime.get().boundary())
                .as("bwrap is installed, so the boundary must work")
                .isTrue();
    }

    private static Map<String, Object> attack(String body) {
        PythonSandbox s = new PythonSandbox(runtime, new SandboxLimits(6000, Duration.ofSeconds(5), 4000, 256L << 20));
        return s.run(ESCAPE + body, Map.of("response", "hi"), "");
    }

    private static String out(Map<String, Object> r) {
        return r.get("stdout") + "|" + r.get("stderr");
    }

    @Test
    void theGeneratorFrameEscapeGetsPastValidationButOnlyIntoTheBoundary() {
        Map<String, Object> r = attack("result = [sorted(o.listdir('/')), sorted(o.listdir('/usr'))]");
        assertThat(r).containsEntry("ok", true);
        assertThat(r.get("stdout").toString().strip())
                .isEqualTo("[[\"dev\", \"lib\", \"lib64\", \"proc\", \"tmp\", \"usr\"], [\"bin\", \"lib\"]]");
        assertThat(r.get("isolation")).isEqualTo(PythonRuntime.FULL);
        assertThat(r).doesNotContainKey("isolation_note");
    }

    @Test
    void hostFilesAndProjectSourcesAreNotThere() {
        Path source = Path.of("src/test/java/io/skillstudio/evaluator/sandbox/PythonSandboxBoundaryTest.java")
                .toAbsolutePath();
        assertThat(source).exists();
        Map<String, Object> passwd = attack("result = open_('/etc/passwd').read()");
        assertThat(passwd).containsEntry("ok", false);
        assertThat(out(passwd)).contains("FileNotFoundError").doesNotContain("root:x:0:0");
        Map<String, Object> src = attack("result = open_(" + pyString(source.toString()) + ").read()");
        assertThat(src).containsEntry("ok", false);
        assertThat(out(src)).contains("FileNotFoundError").doesNotContain("class PythonSandboxBoundaryTest");
    }

    @Test
    void writesStayOffTheHostTempFolder() throws Exception {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "skillstudio-sandbox-escape-marker");
        Files.deleteIfExists(marker);
        Map<String, Object> r = attack("f = open_(" + pyString(marker.toString()) + ", 'w')\nf.write('x')\nf.close()\n"
                + "result = 'written'");
        assertThat(marker).doesNotExist();
        assertThat(String.valueOf(r.get("stdout"))).doesNotContain("written");
    }

    @Test
    void noProcessOutsideTheSandboxIsVisibleAndNoEnvironmentLeaks() {
        Map<String, Object> r = attack("pids = sorted(p for p in o.listdir('/proc') if p.isdigit())\n"
                + "result = {'pids': pids, 'env': [open_('/proc/%s/environ' % p, 'rb').read().decode('latin-1') for p in pids],"
                + " 'ppid': o.getppid()}");
        assertThat(r).containsEntry("ok", true);
        String s = r.get("stdout").toString();
        assertThat(s).contains("\"ppid\": 1").contains("\"pids\": [\"1\", \"2\"]");
        assertThat(s)
                .doesNotContain("PATH=")
                .doesNotContain("HOME=")
                .doesNotContain("JAVA")
                .doesNotContain("KEY");
    }

    @Test
    void aLoopbackPortOfTheHostCannotBeReached() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, Object> r = attack("s = imp('socket').socket()\ns.settimeout(2)\n"
                    + "result = s.connect_ex(('127.0.0.1', " + server.getLocalPort() + "))");
            assertThat(r).containsEntry("ok", true);
            assertThat(r.get("stdout").toString().strip()).isNotEqualTo("0");
        }
    }

    @Test
    void noProcessCanBeCreatedSoNothingOutlivesTheRun() {
        Map<String, Object> fork = attack("result = o.fork()");
        assertThat(fork).containsEntry("ok", false);
        assertThat(out(fork)).contains("PermissionError");
        Map<String, Object> doubleFork = attack("ct = imp('ctypes')\nlibc = ct.CDLL(None)\n"
                + "result = [libc.fork(), ct.get_errno(), libc.syscall(56, 17, 0, 0, 0, 0)]");
        assertThat(doubleFork).containsEntry("ok", true);
        assertThat(doubleFork.get("stdout").toString()).startsWith("[-1,");
        assertThat(doubleFork.get("stdout").toString().strip()).endsWith(", -1]");
        Map<String, Object> sub =
                attack("result = imp('subprocess').run(['/usr/bin/python3.11', '-c', '1']).returncode");
        assertThat(sub).containsEntry("ok", false);
        Map<String, Object> thread = attack("t = imp('threading').Thread(target=print)\nt.start()\nresult = 1");
        assertThat(thread).containsEntry("ok", false);
        assertThat(out(thread)).contains("can't start new thread");
    }

    @Test
    void aForkBombEndsAtItsFirstFork() {
        Map<String, Object> r = attack("n = 0\nwhile True:\n    o.fork()\n    n += 1\n");
        assertThat(r).containsEntry("ok", false).containsEntry("timeout", false);
        assertThat(out(r)).contains("PermissionError");
    }

    @Test
    void aMemoryHogIsStoppedByTheAddressSpaceCap() {
        Map<String, Object> r = attack("x = b['bytearray'](2 << 30)\nresult = len(x)");
        assertThat(r).containsEntry("ok", false);
        assertThat(out(r)).contains("MemoryError");
    }

    @Test
    void anOutputFloodIsCutAtTheByteCapAndKilled() {
        Map<String, Object> r = attack("while True:\n    print('y' * 10000)\n");
        assertThat(r)
                .containsEntry("ok", false)
                .containsEntry("output_limit", true)
                .containsEntry("stdout_truncated", true);
        assertThat(r.get("stdout").toString()).hasSize(4000);
        assertThat(r).doesNotContainEntry("timeout", true);
    }

    @Test
    void thePackagesHelperScriptRunsInsideTheSameBoundary() {
        PythonSandbox s = new PythonSandbox(runtime, SandboxLimits.DEFAULT);
        String helper =
                ESCAPE.replace("x.gi_frame", "x.gi_frame") + "def leak():\n    return open_('/etc/passwd').read()\n";
        Map<String, Object> r = s.run("result = leak()", Map.of(), helper);
        assertThat(r).containsEntry("ok", false);
        assertThat(out(r)).contains("FileNotFoundError").doesNotContain("root:x:0:0");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
