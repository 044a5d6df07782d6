package io.skillstudio.app.studio.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.model.load.CheckoutPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real sample skills of {@code sample-skills/skills}, copied for a test; and big sample sets made from them. */
public final class SampleSkills {

    public static final String IF_CHECKLIST = "if-checklist-pointwise";

    private SampleSkills() {}

    /** Copies {@code sample-skills/skills/<name>} (found by walking up from the working dir) to {@code dir/<name>}. */
    public static Path copy(String name, Path dir) throws IOException {
        Path source = source(name);
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return target;
    }

    static Path source(String name) {
        return CheckoutPaths.nearest(Path.of("sample-skills", "skills", name))
                .filter(Files::isDirectory)
                .orElseThrow(() -> new UncheckedIOException(new IOException("sample-skills/skills/" + name
                        + " not found above " + Path.of("").toAbsolutePath())));
    }

    /** Writes {@code count} samples cycling through {@code from}'s lines, with ids {@code g00001...}. */
    public static Path generate(Path from, int count, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode node = (ObjectNode) json.readTree(lines.get(i % lines.size()));
            node.put("id", String.format("g%05d", i + 1));
            out.add(json.writeValueAsString(node));
        }
        Files.write(target, out, StandardCharsets.UTF_8);
        return target;
    }
}
