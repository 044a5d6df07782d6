package io.skillstudio.serve.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.serve.engine.EngineLoadException;
import io.skillstudio.serve.engine.SkillRewardEngine;
import io.skillstudio.serve.http.RewardServer;
import io.skillstudio.serve.http.ServerConfig;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shipped {@code if-checklist-pointwise} package, its eval samples and expected results, and servers on it. */
public final class SampleSkill {

    public static final Path PACKAGE = Path.of("../sample-skills/skills/if-checklist-pointwise");

    /** One eval sample: prompt, response, the rest of the line as the label, and the expected score. */
    public record Item(String id, String prompt, String response, ObjectNode label, double expected) {}

    private SampleSkill() {}

    public static List<Item> items() {
        try {
            List<String> samples = Files.readAllLines(PACKAGE.resolve("evals/samples.jsonl"));
            List<String> expected = Files.readAllLines(PACKAGE.resolve("evals/expected_results.jsonl"));
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                ObjectNode line = (ObjectNode) Http.MAPPER.readTree(samples.get(i));
                JsonNode exp = Http.MAPPER.readTree(expected.get(i));
                if (!exp.get("id").equals(line.get("id"))) {
                    throw new IllegalStateException("samples and expected results are not aligned at line " + (i + 1));
                }
                String prompt = line.remove("prompt").asText();
                String response = line.remove("response").asText();
                line.remove("expected");
                line.remove("expected_skill");
                out.add(new Item(
                        line.get("id").asText(),
                        prompt,
                        response,
                        line,
                        exp.get("score").asDouble()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServerConfig config() {
        return ServerConfig.defaults(new UnscoredPolicy.Skip()).withPort(0);
    }

    public static RewardServer start(ServerConfig config) {
        return start(config, PACKAGE);
    }

    public static RewardServer start(ServerConfig config, Path pkg) {
        try {
            return RewardServer.start(config, () -> SkillRewardEngine.load(pkg, Optional.empty(), Optional.empty()));
        } catch (EngineLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String url(RewardServer server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A copy of the package in {@code dir}, to edit on disk. */
    public static Path copyTo(Path dir) throws IOException {
        Path target = dir.resolve("if-checklist-pointwise");
        try (Stream<Path> files = Files.walk(PACKAGE)) {
            Iterator<Path> it = files.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                Path t = target.resolve(PACKAGE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
