package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.DiskJudgeCache;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.ModelReply;
import io.skillstudio.evaluator.judge.model.SecretRedactor;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceCodec;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache makes reruns free and identical; the API key never reaches a written file. */
class JudgeCacheAndSecretsTest {
    static final String SECRET = "sk-test-SECRET-4f1c9a";
    static final Map<String, String> ENV = Map.of("JUDGE_KEY", SECRET);

    @TempDir
    Path tmp;

    private JudgeSettings settings(FakeOpenAi server) {
        return JudgeHarness.settings(server).withApiKeyEnv("JUDGE_KEY").withEnableThinking(false);
    }

    @Test
    void rerunHitsTheCacheAndMakesNoRequests() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        JudgeSample sample = JudgeSample.pointwise("s1", "Say hi.", "hi there");
        JudgeCache cache = new DiskJudgeCache(tmp.resolve("cache"));
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":0.7}"))) {
            Judge judge = JudgeHarness.judge(settings(server), cache, LoopConfig.DEFAULT, Optional.empty(), ENV);
            JudgeOutcome first = judge.judge(pkg, sample);
            assertThat(server.calls()).isEqualTo(2);
            JudgeOutcome second = judge.judge(pkg, sample);
            assertThat(server.calls()).isEqualTo(2);
            assertThat(second.score()).isEqualTo(first.score());
            assertThat(second.cost().cacheHits()).isEqualTo(2);
            assertThat(second.cost().modelCalls()).isZero();
            assertThat(second.events())
                    .filteredOn(ModelTurn.class::isInstance)
                    .allMatch(e -> ((ModelTurn) e).cacheHit());

            // A different sample text is a different key.
            judge.judge(pkg, JudgeSample.pointwise("s1", "Say hi.", "hello"));
            assertThat(server.calls()).isEqualTo(3); // the script's last reply (a final answer) repeats

            // The bypass switch (--no-judge-cache) is JudgeCache.NONE.
            JudgeHarness.judge(settings(server), JudgeCache.NONE, LoopConfig.DEFAULT, Optional.empty(), ENV)
                    .judge(pkg, sample);
            assertThat(server.calls()).isEqualTo(4);
        }
    }

    @Test
    void aFailingCacheWriteKeepsTheReplyAndCostsNoRetry() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        JudgeCache broken = new JudgeCache() {
            @Override
            public Optional<ModelReply> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, ModelReply reply) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
        };
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":0.7}"))) {
            JudgeOutcome out = JudgeHarness.judge(settings(server), broken, LoopConfig.DEFAULT, Optional.empty(), ENV)
                    .judge(pkg, JudgeSample.pointwise("s1", "Say hi.", "hi there"));
            assertThat(server.calls()).isEqualTo(1);
            assertThat(out.score()).contains(0.7);
        }
    }

    @Test
    void diskCacheLeavesNoTempFileWhenTheMoveFails() throws Exception {
        DiskJudgeCache cache = new DiskJudgeCache(tmp.resolve("c"));
        String key = "a".repeat(64);
        cache.put(key, new ModelReply("x", List.of(), "stop", 1, 1));
        try (Stream<Path> files = Files.walk(tmp.resolve("c"))) {
            Path entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.delete(entry);
            Files.createDirectory(entry); // a directory in the way: the move cannot replace it
            Assertions.assertThatThrownBy(() -> cache.put(key, new ModelReply("y", List.of(), "stop", 1, 1)))
                    .isInstanceOf(UncheckedIOException.class);
        }
        try (Stream<Path> files = Files.walk(tmp.resolve("c"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void enableThinkingIsSentAsChatTemplateKwargs() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        try (FakeOpenAi server = new FakeOpenAi(finalAnswer("{\"score\":1}"))) {
            JudgeHarness.judge(
                            settings(server).withEnableThinking(true),
                            JudgeCache.NONE,
                            LoopConfig.DEFAULT,
                            Optional.empty(),
                            ENV)
                    .judge(pkg, JudgeSample.pointwise("s", "p", "r"));
            assertThat(server.requests
                            .get(0)
                            .path("chat_template_kwargs")
                            .path("enable_thinking")
                            .asBoolean())
                    .isTrue();
            assertThat(server.requests.get(0).path("temperature").asDouble()).isZero();
            assertThat(server.authHeaders.get(0)).isEqualTo("Bearer " + SECRET);
        }
    }

    @Test
    void serverRejectingTheThinkingFieldGetsOneRetryWithoutIt() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        try (FakeOpenAi server = new FakeOpenAi(
                FakeOpenAi.status(400, "{\"error\":{\"message\":\"unknown field chat_template_kwargs\"}}"),
                finalAnswer("{\"score\":0.2}"))) {
            JudgeOutcome out = JudgeHarness.judge(
                            settings(server).withEnableThinking(true),
                            JudgeCache.NONE,
                            LoopConfig.DEFAULT,
                            Optional.empty(),
                            ENV)
                    .judge(pkg, JudgeSample.pointwise("s", "p", "r"));
            assertThat(out.score()).contains(0.2);
            assertThat(server.requests.get(1).has("chat_template_kwargs")).isFalse();
        }
    }

    @Test
    void apiKeyIsInNoCacheEntryTraceOrSettingsDump() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        Path cacheDir = tmp.resolve("cache");
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"r\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"verifier.words\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":0.7}"))) {
            JudgeSettings s = settings(server);
            JudgeOutcome out = JudgeHarness.judge(
                            s, new DiskJudgeCache(cacheDir), LoopConfig.DEFAULT, Optional.empty(), ENV)
                    .judge(pkg, JudgeSample.pointwise("s1", "Say hi.", "hi"));
            Provenance prov =
                    new Provenance("if-judge", "0", "h", "t", "pointwise", "", null, s.model(), s.answerParameters());
            StringWriter w = new StringWriter();
            TraceCodec.write(List.of(Trace.of("s1", prov, List.of(), out.events())), w);
            Files.writeString(tmp.resolve("traces.jsonl"), w.toString());
            Files.writeString(tmp.resolve("settings.txt"), s.toString());

            // The trace round-trips through the versioned codec with the new event types.
            Trace back = TraceCodec.read(new StringReader(w.toString())).get(0);
            assertThat(back.events()).hasSameSizeAs(out.events());
            assertThat(w.toString()).contains("\"event\":\"model_turn\"", "\"event\":\"tool_call\"");
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).anyMatch(p -> p.startsWith(cacheDir));
            for (Path f : written) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void aServerEchoingTheKeyInItsErrorBodyAndItsRepliesLeavesItInNoWrittenFile() throws Exception {
        SkillPackage pkg = TestPackages.judgeSkill(tmp);
        Path cacheDir = tmp.resolve("echo-cache");
        String echo = FakeOpenAi.ECHO_AUTH;
        StringWriter w = new StringWriter();
        JudgeOutcome replied;
        JudgeOutcome failed;
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"if-judge\",\"reason\":\"you sent " + echo + "\"}"),
                finalAnswer("{\"score\":0.7,\"reasoning\":\"header was " + echo + "\"}"))) {
            replied = JudgeHarness.judge(
                            settings(server), new DiskJudgeCache(cacheDir), LoopConfig.DEFAULT, Optional.empty(), ENV)
                    .judge(pkg, JudgeSample.pointwise("s1", "Say hi.", "hi"));
            assertThat(server.authHeaders.get(0)).contains(SECRET); // the server really got (and echoed) it
        }
        try (FakeOpenAi server = new FakeOpenAi(
                FakeOpenAi.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + echo + "\"}}"))) {
            failed = JudgeHarness.judge(
                            settings(server), new DiskJudgeCache(cacheDir), LoopConfig.DEFAULT, Optional.empty(), ENV)
                    .judge(pkg, JudgeSample.pointwise("s2", "Say hi.", "hi"));
        }
        Provenance prov = new Provenance("if-judge", "0", "h", "t", "pointwise", "", null, "m", Map.of());
        TraceCodec.write(
                List.of(
                        Trace.of("s1", prov, List.of(), replied.events()),
                        Trace.of("s2", prov, List.of(), failed.events())),
                w);
        Files.writeString(tmp.resolve("traces.jsonl"), w.toString());
        Files.writeString(tmp.resolve("outcomes.txt"), replied + "\n" + failed);
        assertThat(w.toString()).contains("Bearer " + SecretRedactor.MARK).contains("Incorrect API key provided");
        try (Stream<Path> files = Files.walk(tmp)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).anyMatch(p -> p.startsWith(cacheDir));
            for (Path f : written) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SECRET);
            }
        }
    }
}
