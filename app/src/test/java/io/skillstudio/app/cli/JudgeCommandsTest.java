package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The judge options mixin, {@code judge-test} against a loopback fake, and {@code bench judge}. */
class JudgeCommandsTest {

    private static final String TOOL_REPLY = """
            {"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":
            {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":
            {"name":"final_answer","arguments":"{\\"status\\":\\"ok\\"}"}}]},"finish_reason":"tool_calls"}],
            "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}""";

    @Test
    void judgeTestReportsToolCallingAgainstAnOpenAiCompatibleServer() throws Exception {
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = TOOL_REPLY.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        try {
            CliRunner.Run run = CliRunner.run(
                    "judge-test",
                    "--judge-base-url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                    "--judge-model",
                    "m",
                    "--judge-enable-thinking=false",
                    "--judge-timeout",
                    "5");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("tool calling yes", "tokens       12 in, 3 out");
            assertThat(body.get().replaceAll("\\s", ""))
                    .contains("\"chat_template_kwargs\":{\"enable_thinking\":false}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void judgeTestAgainstAClosedPortIsBackendError() {
        CliRunner.Run run = CliRunner.run(
                "judge-test",
                "--judge-base-url",
                "http://127.0.0.1:9/v1",
                "--judge-model",
                "m",
                "--judge-retries",
                "0",
                "--judge-timeout",
                "2");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("reachable    no (backend_error)");
    }

    @Test
    void judgeTestWithAnUnsetKeyVariableIsJudgeUnavailable() {
        CliRunner.Run run = CliRunner.run(
                "judge-test",
                "--judge-base-url",
                "http://127.0.0.1:9/v1",
                "--judge-model",
                "m",
                "--judge-api-key-env",
                "SKILLSTUDIO_SURELY_UNSET_VAR");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("judge_unavailable", "SKILLSTUDIO_SURELY_UNSET_VAR");
    }

    @Test
    void urlWithoutModelIsAUsageError() {
        CliRunner.Run run = CliRunner.run("judge-test", "--judge-base-url", "http://127.0.0.1:9/v1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("go together");
    }

    @Test
    void mixinParsesEveryOption() {
        JudgeOptions o = new JudgeOptions();
        new CommandLine(new Object() {
                    @CommandLine.Mixin
                    JudgeOptions judge = o;
                })
                .parseArgs(
                        "--judge-base-url",
                        "http://h/v1",
                        "--judge-model",
                        "q",
                        "--judge-api-key-env",
                        "K",
                        "--judge-temperature",
                        "0.3",
                        "--judge-max-tokens",
                        "99",
                        "--judge-timeout",
                        "1.5",
                        "--judge-retries",
                        "4",
                        "--judge-concurrency",
                        "3",
                        "--judge-enable-thinking",
                        "--no-judge-cache",
                        "--project-rl",
                        "64,8,10");
        var s = o.settings().orElseThrow();
        assertThat(s.apiKeyEnv()).contains("K");
        assertThat(s.temperature()).isEqualTo(0.3);
        assertThat(s.maxTokens()).isEqualTo(99);
        assertThat(s.timeout().toMillis()).isEqualTo(1500);
        assertThat(s.retries()).isEqualTo(4);
        assertThat(s.concurrency()).isEqualTo(3);
        assertThat(s.enableThinking()).contains(true);
        assertThat(o.cache()).isEmpty();
        assertThat(o.rlProjection().orElseThrow()).containsExactly(64, 8, 10);
    }

    @Test
    void benchJudgePrintsOverheadAndProjection() {
        CliRunner.Run run =
                CliRunner.run("bench", "judge", "--iterations", "50", "--warmup", "10", "--project-rl", "128,8,100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overhead/step", "RL projection  128 x 8 x 100 = 102400 reward calls");
    }
}
