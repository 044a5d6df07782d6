package io.skillstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillstudio.serve.http.RewardServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code skillstudio serve} and {@code skillstudio verl-client} through picocli. */
class ServeCommandTest {

    private static final String SKILL = "../sample-skills/skills/if-checklist-pointwise";

    /** An OpenAI-compatible reply that ends the judge loop at once. */
    private static final String JUDGE_REPLY = """
            {"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":
            {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":
            {"name":"final_answer","arguments":"{\\"score\\":1.0}"}}]},"finish_reason":"tool_calls"}],
            "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}""";

    @Test
    void serveAnswersOnTheChosenPortUntilStopped() throws Exception {
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                "--skill",
                SKILL,
                "--port",
                "0",
                "--threads",
                "2",
                "--unscored-as",
                "-1",
                "--max-concurrency",
                "4",
                "--partial-as",
                "unscored"));
        RewardServer server = cmd.started.get(60, TimeUnit.SECONDS);
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/get_reward"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"query\": [\"x\"], \"prompts\": [\"y\"], \"labels\": [null]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"rewards\":[-1.0]").contains("\"partial_policy\":\"unscored\"");
        assertThat(out.toString())
                .startsWith("serving if-checklist-pointwise 1.0.0 (content ")
                .contains("on http://127.0.0.1:" + server.port());
        cmd.stop.countDown();
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void usageErrorsAndUnloadablePackagesExit2() {
        CliRunner.Run badPolicy = CliRunner.run("serve", "--skill", SKILL, "--unscored-as", "zero");
        assertThat(badPolicy.exitCode()).isEqualTo(2);
        assertThat(badPolicy.err()).contains("--unscored-as must be skip, error or a number");
        CliRunner.Run badPartial = CliRunner.run("serve", "--skill", SKILL, "--partial-as", "zero");
        assertThat(badPartial.exitCode()).isEqualTo(2);
        assertThat(badPartial.err()).contains("--partial-as must be value or unscored, got 'zero'");
        CliRunner.Run missing = CliRunner.run("serve", "--skill", "no/such/package", "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: cannot load no/such/package");
        assertThat(CliRunner.run("serve", "--skill", SKILL, "--max-concurrency", "0")
                        .err())
                .contains("--max-concurrency must be at least 1");
    }

    /** A copy of the sample package whose name (SKILL.md line 2) has spaces, which Skill-RM's rules refuse. */
    private static Path invalidCopy(Path dir) throws Exception {
        Path source = Path.of(SKILL);
        Path target = dir.resolve("pkg");
        try (var files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path skillMd = target.resolve("SKILL.md");
        Files.writeString(
                skillMd,
                Files.readString(skillMd).replace("name: if-checklist-pointwise", "name: if checklist pointwise"));
        return target;
    }

    @Test
    void anInvalidPackageIsRefusedAtStartWithPositionedErrors(@TempDir Path dir) throws Exception {
        Path pkg = invalidCopy(dir);
        CliRunner.Run run = CliRunner.run("serve", "--skill", pkg.toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("error: SKILL.md:2:")
                .contains("SKL004")
                .contains("error: " + pkg + " has 1 validation error(s); serve it anyway with --allow-invalid");
    }

    @Test
    void allowInvalidServesAnInvalidPackageAndProvenanceSaysSo(@TempDir Path dir) throws Exception {
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        String pkg = invalidCopy(dir).toString();
        CompletableFuture<Integer> exit =
                CompletableFuture.supplyAsync(() -> cl.execute("--skill", pkg, "--port", "0", "--allow-invalid"));
        RewardServer server = cmd.started.get(60, TimeUnit.SECONDS);
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/rewards"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"samples\": [{\"prompt\": \"Say hi.\", \"response\": \"Hi there.\"}]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"allowInvalid\":true");
        cmd.stop.countDown();
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void verlClientWritesTheComputeScoreFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reward/skill_reward.py");
        CliRunner.Run run = CliRunner.run("verl-client", "--server", "http://10.0.0.5:5000", "--out", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file))
                .contains("def compute_score(data_source, solution_str, ground_truth," + " extra_info=None, **kwargs):")
                .contains("SERVER_URL = \"http://10.0.0.5:5000\"")
                .contains("UNSCORED_AS = \"error\"");
        CliRunner.Run skip = CliRunner.run(
                "verl-client", "--server", "http://h:1", "--out", file.toString(), "--unscored-as", "skip");
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err()).contains("verl needs a score for every sample");
    }

    @Test
    void serveTakesItsJudgeFromTheSameOptionsAsEval() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", ex -> {
            calls.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            byte[] out = JUDGE_REPLY.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        fake.start();
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        try {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                    "--skill",
                    SKILL,
                    "--port",
                    "0",
                    "--judge-base-url",
                    "http://127.0.0.1:" + fake.getAddress().getPort() + "/v1",
                    "--judge-model",
                    "fake-judge",
                    "--no-judge-cache",
                    "--judge-retries",
                    "0",
                    "--judge-timeout",
                    "10"));
            RewardServer server = cmd.started.get(60, TimeUnit.SECONDS);
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/rewards"))
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"samples\": [{\"prompt\": \"Say hi.\", \"response\": \"Hi there.\"}]}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            // the task_intent item went to the judge; the provenance names its model
            assertThat(calls.get()).isPositive();
            assertThat(r.body()).contains("\"judgeModel\":\"fake-judge\"");
            cmd.stop.countDown();
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            fake.stop(0);
        }
    }
}
