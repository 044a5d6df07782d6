package io.skillstudio.evaluator.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample's Python verifier code (skillrm-format.md §5.4–§5.5) in the bubblewrap boundary: upstream's
 * callable choice, call attempts and coercion, one process per batch, limits as errors (never verdicts),
 * and "unavailable: no isolation" without the boundary unless the user opted in. Where bwrap is installed
 * (CI installs it) these tests run, never skip.
 */
class VerifierSandboxTest {
    static Optional<PythonRuntime> runtime;
    static final SandboxLimits LIMITS = new SandboxLimits(6000, Duration.ofSeconds(2), 4000, 256L << 20);

    @BeforeAll
    static void detect() {
        runtime = PythonRuntime.detect(Optional.empty());
    }

    private static VerifierSandbox isolated() {
        assumeTrue(Bubblewrap.find().isPresent(), "bubblewrap not installed: the unavailable path is tested instead");
        assertThat(runtime).as("python3 and bwrap are installed").isPresent();
        assertThat(runtime.get().boundary())
                .as("bwrap is installed, so the boundary must work")
                .isTrue();
        return new VerifierSandbox(() -> runtime, LIMITS, false);
    }

    private static Map<String, Object> one(String code, String response) {
        return one(code, "", response);
    }

    private static Map<String, Object> one(String code, String name, String response) {
        VerifierSandbox.Batch b =
                isolated().run(List.of(new VerifierSandbox.Item("C1", name, code)), "Say hi.", List.of(response));
        assertThat(b).isInstanceOf(VerifierSandbox.Batch.Done.class);
        return ((VerifierSandbox.Batch.Done) b).results().get(0).get(0);
    }

    @Test
    void everyItemOnEveryResponseRunsInOneBatchWithTheBoundaryNamed() {
        List<VerifierSandbox.Item> items = List.of(
                new VerifierSandbox.Item("C1", "", "def check(response):\n    return 'hi' in response.lower()\n"),
                new VerifierSandbox.Item(
                        "C2", "", "def verify(prompt, response):\n    return len(response.split()) <= 2\n"));
        VerifierSandbox.Batch b = isolated().run(items, "Say hi.", List.of("Hi there", "Good morning to you"));

        VerifierSandbox.Batch.Done d = (VerifierSandbox.Batch.Done) b;
        assertThat(d.results()).hasSize(2);
        assertThat(d.results().get(0)).extracting(r -> r.get("satisfied")).containsExactly(true, true);
        assertThat(d.results().get(1)).extracting(r -> r.get("satisfied")).containsExactly(false, false);
        assertThat(d.isolation()).containsAll(PythonRuntime.FULL);
    }

    @Test
    void oneProcessServesTheWholeBatch() {
        // The pre-bound modules are the interpreter's own, so a counter kept on one is seen by every exec of
        // the batch: 1..4 over two items on two responses means one process (one per item would give 1s).
        String counting = "json.seen = getattr(json, 'seen', 0) + 1\nn = json.seen\ndef check(r):\n    return n\n";
        VerifierSandbox.Batch b = isolated()
                .run(
                        List.of(
                                new VerifierSandbox.Item("C1", "", counting),
                                new VerifierSandbox.Item("C2", "", counting)),
                        "",
                        List.of("x", "y"));
        VerifierSandbox.Batch.Done d = (VerifierSandbox.Batch.Done) b;
        assertThat(d.results().stream()
                        .flatMap(List::stream)
                        .map(r -> r.get("raw_result"))
                        .toList())
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void callAttemptsFollowUpstreamsOrderAdvancingOnlyOnTypeError() {
        // fn(response) raises TypeError inside (a str indexed by a str), so upstream moves on to the dict form.
        assertThat(one("def f(sample):\n    return sample['output'] == 'x'\n", "x"))
                .containsEntry("satisfied", true);
        assertThat(one("def f(*, text):\n    return text.startswith('a')\n", "abc"))
                .containsEntry("satisfied", true);
        assertThat(one("def f(*, prompt, response):\n    return prompt == 'Say hi.' and response == 'abc'\n", "abc"))
                .containsEntry("satisfied", true);
        Map<String, Object> none = one("def f(a, b, c):\n    return True\n", "abc");
        assertThat(none).containsEntry("satisfied", null);
        assertThat(none.get("error").toString()).contains("argument");
        // Any other exception ends the item with its message and no verdict.
        assertThat(one("def check(r):\n    raise ValueError('bad input')\n", "x"))
                .containsEntry("satisfied", null)
                .containsEntry("error", "bad input");
    }

    @Test
    void theCallableIsTheNamedOneThenAPreferredNameThenTheFirst() {
        String code =
                "def helper(r):\n    return False\ndef is_short(r):\n    return True\ndef check(r):\n    return 'check'\n";
        // Names are compared normalized: lower-case, anything outside [a-z0-9_.-] becomes "_".
        assertThat(one(code, "Is Short", "x")).containsEntry("satisfied", true);
        assertThat(one(code, "", "x")).containsEntry("raw_result", "check").containsEntry("satisfied", null);
        assertThat(one("def helper(r):\n    return True\ndef other(r):\n    return False\n", "x"))
                .containsEntry("satisfied", true);
        // An imported class is a callable too: upstream can pick Counter.
        assertThat(one("from collections import Counter\n", "x"))
                .containsEntry("error", null)
                .containsEntry("satisfied", null);
    }

    @Test
    void coercionIsUpstreams() {
        assertThat(one("def check(r):\n    return 0.4\n", "x")).containsEntry("satisfied", true);
        assertThat(one("def check(r):\n    return 0\n", "x")).containsEntry("satisfied", false);
        assertThat(one("def check(r):\n    return {'result': {'passed': 'no'}}\n", "x"))
                .containsEntry("satisfied", false);
        assertThat(one("def check(r):\n    return {'score': 0.7, 'note': 'n'}\n", "x"))
                .containsEntry("satisfied", true);
        assertThat(one("def check(r):\n    return ' Satisfied '\n", "x")).containsEntry("satisfied", true);
        assertThat(one("def check(r):\n    return 'maybe'\n", "x")).containsEntry("satisfied", null);
        assertThat(one("def check(r):\n    return [True]\n", "x")).containsEntry("satisfied", null);
        assertThat(one("def check(r):\n    return None\n", "x")).containsEntry("satisfied", null);
    }

    @Test
    void namespaceAndImportsAreUpstreamsAndPrintsAreCaptured() {
        assertThat(one(
                        "def check(r):\n    print('seen', len(r))\n    return textwrap.dedent(' a').strip() == 'a'\n",
                        "xyz"))
                .containsEntry("satisfied", true)
                .containsEntry("stdout", "seen 3\n");
        assertThat(one("import itertools, collections\ndef check(r):\n    return getattr(r, 'upper')() == 'X'\n", "x"))
                .containsEntry("satisfied", true);
        assertThat(one("import os\ndef check(r):\n    return True\n", "x"))
                .containsEntry("satisfied", null)
                .containsEntry("error", "import not allowed: os");
        assertThat(one("def check(r):\n    return open('/etc/passwd') is not None\n", "x")
                        .get("error")
                        .toString())
                .contains("open");
    }

    @Test
    void limitsEndTheBatchWithAnErrorNeverAVerdict() {
        VerifierSandbox s = isolated();
        VerifierSandbox.Batch loop = s.run(
                List.of(new VerifierSandbox.Item("C1", "", "def check(r):\n    while True:\n" + "        pass\n")),
                "",
                List.of("x"));
        assertThat(loop).isInstanceOfSatisfying(VerifierSandbox.Batch.Failed.class, f -> {
            assertThat(f.unavailable()).isFalse();
            assertThat(f.error()).contains("no verdict");
        });
        // Memory: the allocation fails inside the item, which is an error on that item only.
        Map<String, Object> mem = one("def check(r):\n    x = 'a' * (1 << 31)\n    return True\n", "x");
        assertThat(mem).containsEntry("satisfied", null).containsEntry("error", "memory limit reached");
        // A flood of prints is captured and cut, not streamed.
        Map<String, Object> flood = one("def check(r):\n    print('y' * 100000)\n    return True\n", "x");
        assertThat(flood).containsEntry("satisfied", true).containsEntry("stdout_truncated", true);
        assertThat(flood.get("stdout").toString()).hasSize(400);
    }

    @Test
    void withoutTheBoundaryItIsUnavailableUnlessTheUserOptedIn() {
        assumeTrue(runtime.isPresent(), "python3 not installed");
        PythonRuntime bare = new PythonRuntime(runtime.get().python(), List.of(), List.of());
        List<VerifierSandbox.Item> item =
                List.of(new VerifierSandbox.Item("C1", "", "def check(r):\n    return True\n"));

        VerifierSandbox.Batch refused =
                new VerifierSandbox(() -> Optional.of(bare), LIMITS, false).run(item, "", List.of("x"));
        assertThat(refused).isInstanceOfSatisfying(VerifierSandbox.Batch.Failed.class, f -> {
            assertThat(f.unavailable()).isTrue();
            assertThat(f.error()).contains("unavailable: no isolation", "--unsafe-python-sandbox-without-isolation");
        });
        VerifierSandbox.Batch optedIn =
                new VerifierSandbox(() -> Optional.of(bare), LIMITS, true).run(item, "", List.of("x"));
        assertThat(optedIn).isInstanceOfSatisfying(VerifierSandbox.Batch.Done.class, d -> {
            assertThat(d.results().get(0).get(0)).containsEntry("satisfied", true);
            assertThat(d.isolation()).isEmpty();
        });
        assertThat(new VerifierSandbox(Optional::empty, LIMITS, true).run(item, "", List.of("x")))
                .isInstanceOfSatisfying(
                        VerifierSandbox.Batch.Failed.class,
                        f -> assertThat(f.error()).contains("python3 is not installed"));
    }
}
