package io.skillstudio.evaluator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Out-of-process snippets: upstream's variables and validation, limits, and the no-python state. */
class PythonSandboxTest {
    static Optional<PythonRuntime> runtime;
    static final Map<String, Object> VARS = Map.of(
            "prompt",
            "Write two words.",
            "response",
            "hello world",
            "sample",
            Map.of("prompt", "Write two words.", "response", "hello world"));

    @BeforeAll
    static void detect() {
        runtime = PythonRuntime.detect(Optional.empty());
    }

    private static PythonSandbox sandbox() {
        assumeTrue(runtime.isPresent(), "python3 not installed; the unavailable path is tested separately");
        return new PythonSandbox(runtime, new SandboxLimits(6000, Duration.ofSeconds(3), 4000, 256L << 20));
    }

    @Test
    void runsWithVariablesHelpersAndResult() {
        Map<String, Object> r = sandbox()
                .run(
                        "result = {'n': word_count(response), 'p': prompt[:5]}",
                        VARS,
                        "def word_count(t):\n    return len(re.findall(r\"\\b[\\w'-]+\\b\", t))\n");
        assertThat(r).containsEntry("ok", true).containsEntry("returncode", 0);
        assertThat(r.get("stdout").toString().strip()).isEqualTo("{\"n\": 2, \"p\": \"Write\"}");
    }

    @Test
    void staticValidationRejectsUpstreamCases() {
        PythonSandbox s = sandbox();
        assertThat(s.run("import os", VARS, "").get("error")).isEqualTo("import not allowed: os");
        assertThat(s.run("from collections import Counter", VARS, "").get("error"))
                .isEqualTo("import not allowed: Counter");
        assertThat(s.run("x = ().__class__", VARS, "").get("error"))
                .isEqualTo("dunder names are not allowed in python_sandbox code");
        assertThat(s.run("open('/etc/passwd')", VARS, "").get("error")).isEqualTo("name not allowed: open");
        assertThat(s.run("def f(:", VARS, "").get("error").toString()).startsWith("syntax error:");
        assertThat(s.run("   ", VARS, "").get("error")).isEqualTo("empty code");
    }

    @Test
    void moduleAttributeTraversalIsClosed() {
        // Upstream runs this and leaks os through statistics.random._os (skillrm-format.md 4.3).
        Map<String, Object> r = sandbox().run("result = statistics.random._os.getcwd()", VARS, "");
        assertThat(r).containsEntry("ok", false);
        assertThat(r.get("error").toString()).contains("private attribute");
    }

    @Test
    void infiniteLoopTimesOut() {
        assumeTrue(runtime.isPresent());
        PythonSandbox s = new PythonSandbox(runtime, new SandboxLimits(6000, Duration.ofMillis(800), 4000, 256L << 20));
        Map<String, Object> r = s.run("while True:\n    pass", VARS, "");
        assertThat(r)
                .containsEntry("ok", false)
                .containsEntry("timeout", true)
                .containsEntry("error", "python_sandbox timed out");
    }

    @Test
    void memoryCapStopsAHugeAllocation() {
        Map<String, Object> r = sandbox().run("x = 'a' * (1024 * 1024 * 1024)\nresult = len(x)", VARS, "");
        assertThat(r).containsEntry("ok", false);
        assertThat(r.get("stderr").toString()).contains("MemoryError");
    }

    @Test
    void outputIsCapped() {
        Map<String, Object> r = sandbox().run("print('x' * 10000)", VARS, "");
        assertThat(r).containsEntry("stdout_truncated", true);
        assertThat(r.get("stdout").toString()).hasSize(4000);
    }

    @Test
    void environmentIsEmptyAndNetworkImportsAreRefused() {
        PythonSandbox s = sandbox();
        assertThat(s.run("import socket", VARS, "").get("error")).isEqualTo("import not allowed: socket");
        Map<String, Object> r = s.run("result = 1", VARS, "");
        assertThat(r).containsKey("network_isolated");
    }

    @Test
    void withoutPythonEveryCallIsUnavailable() {
        PythonSandbox none = new PythonSandbox(Optional.empty(), SandboxLimits.DEFAULT);
        Map<String, Object> r = none.run("result = 1", VARS, "");
        assertThat(r).containsEntry("ok", false).containsEntry("unavailable", true);
        assertThat(r.get("error").toString()).contains("unavailable");
        assertThat(PythonRuntime.detect(Optional.of("/nonexistent/python3"))).isEmpty();
    }

    /** The review's escape: no "__", no private attribute, yet os through a format-style lookup. */
    static final String ESCAPE = "o = string.Formatter().get_field(\"0.\"+\"_\"+\"os\",[statistics.random],{})[0]\n"
            + "fd = o.open(\"/proc/%d/environ\" % o.getppid(), 0)\n"
            + "result = o.read(fd, 1000000).decode(\"latin-1\")\n";

    @Test
    void formatterEscapeIsRejectedStatically() {
        Map<String, Object> r = sandbox().run(ESCAPE, VARS, "");
        assertThat(r).containsEntry("ok", false);
        assertThat(String.valueOf(r.get("stdout"))).doesNotContain("PATH=");
        assertThat(r.get("error").toString()).contains("not allowed");
        assertThat(sandbox().run("result = '{0.x}'.format(1)", VARS, "").get("error"))
                .isEqualTo("attribute not allowed: format");
        assertThat(sandbox()
                        .run("result = statistics.sys.modules", VARS, "")
                        .get("error")
                        .toString())
                .contains("not allowed");
    }

    @Test
    void osLayersKeepTheJvmEnvironmentAndRootFilesOutOfReachEvenPastValidation() {
        PythonSandbox s = sandbox();
        assumeTrue(runtime.get().boundary(), "bubblewrap unavailable here");
        // Helpers skip the static validation, so this runs the escape as if the stopgap were bypassed.
        String helper = "def leak():\n    " + ESCAPE.replace("\n", "\n    ").replace("result = ", "return ") + "\n";
        Map<String, Object> r = s.run("result = leak()", VARS, helper);
        // The parent inside the pid namespace is bwrap's init, started with an empty environment.
        assertThat(String.valueOf(r.get("stdout")))
                .doesNotContain("PATH=")
                .doesNotContain("JAVA")
                .doesNotContain("HOME=");
        assertThat(r.get("isolation")).isEqualTo(PythonRuntime.FULL);
        assertThat(r).doesNotContainKey("isolation_note");
    }

    @Test
    void osLayersKeepRootOwnedFilesFromBeingDeletedEvenPastValidation() throws Exception {
        PythonSandbox s = sandbox();
        assumeTrue(runtime.get().boundary(), "bubblewrap unavailable here");
        Path victim = Files.createTempFile("skillstudio-victim-", ".txt");
        try {
            String helper =
                    "def wipe(p):\n    o = string.Formatter().get_field(\"0.\"+\"_\"+\"os\",[statistics.random],{})[0]\n"
                            + "    o.remove(p)\n    return 'deleted'\n";
            Map<String, Object> r = s.run("result = wipe(target)", Map.of("target", victim.toString()), helper);
            assertThat(r).containsEntry("ok", false);
            assertThat(victim).exists();
        } finally {
            Files.deleteIfExists(victim);
        }
    }

    @Test
    void withoutTheBoundaryTheToolAnswersUnavailableUnlessTheUserOptsIn() {
        assumeTrue(runtime.isPresent());
        PythonRuntime bare = new PythonRuntime(runtime.get().python(), List.of(), List.of());
        Map<String, Object> refused =
                new PythonSandbox(Optional.of(bare), SandboxLimits.DEFAULT).run("result = 2", VARS, "");
        assertThat(refused).containsEntry("ok", false).containsEntry("unavailable", true);
        assertThat(refused.get("error").toString()).startsWith("python_sandbox unavailable: no isolation");
        assertThat(new PythonSandbox(Optional.of(bare), SandboxLimits.DEFAULT).available())
                .isFalse();

        Map<String, Object> r =
                new PythonSandbox(Optional.of(bare), SandboxLimits.DEFAULT, true).run("result = 2", VARS, "");
        assertThat(r).containsEntry("ok", true).containsEntry("network_isolated", false);
        assertThat(r.get("isolation_note").toString())
                .contains("WITHOUT the bubblewrap boundary")
                .contains(Bubblewrap.SECCOMP);
    }

    @Test
    void benignSnippetStillWorksUnderFullIsolation() {
        Map<String, Object> r =
                sandbox().run("import statistics\nresult = [statistics.mean([1, 2, 3]), f'{len(response)}']", VARS, "");
        assertThat(r).containsEntry("ok", true);
        assertThat(r.get("stdout").toString().strip()).isEqualTo("[2, \"11\"]");
    }

    @Test
    void identicalCallsGiveIdenticalResultsSoTheJudgeCacheHitsOnReruns() {
        PythonSandbox s = sandbox();
        assertThat(s.run("result = sum(range(10))", VARS, "")).isEqualTo(s.run("result = sum(range(10))", VARS, ""));
        assertThat(s.run("x = (", VARS, "")).isEqualTo(s.run("x = (", VARS, ""));
    }
}
