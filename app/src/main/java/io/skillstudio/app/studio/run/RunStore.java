package io.skillstudio.app.studio.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps runs under the studio's home, one folder per package and run:
 * {@code <home>/runs/<skill>/<yyyyMMdd-HHmmss-SSS>/} with the files {@code skillstudio eval --out} writes
 * (through the evaluator's {@code RunOutput}) plus the studio's {@link RunMeta}.
 */
public final class RunStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path root;

    /** @param home the studio's home ({@code StudioHome}); runs go to {@code home/runs}. */
    public RunStore(Path home) {
        this.root = home.resolve("runs");
    }

    public Path root() {
        return root;
    }

    /** A new run folder for a skill (not created: the evaluator's {@code RunOutput} creates and fills it). */
    public Path newRunFolder(String skill, Instant startedAt) {
        Path parent = root.resolve(safe(skill));
        String name = FOLDER.format(startedAt);
        Path dir = parent.resolve(name);
        for (int i = 2; Files.exists(dir); i++) {
            dir = parent.resolve(name + "-" + i);
        }
        return dir;
    }

    /** Writes the studio's note beside a published run (after publishing: the writer replaces the folder). */
    public void writeMeta(Path dir, RunMeta meta) throws IOException {
        Files.writeString(dir.resolve(RunMeta.FILE), metaJson(meta), StandardCharsets.UTF_8);
    }

    /**
     * Writes a kept run again after one of its samples was run again: results, traces, summary and the
     * note go through the evaluator's {@code RunOutput} into a staging folder that replaces the run
     * folder as a whole, so a crash leaves the old run or the new one, never a mix.
     *
     * @throws IOException when the run is not kept, a result has no trace to write, or writing fails
     */
    public void rewrite(LoadedRun run) throws IOException {
        Path dir = run.dir().orElseThrow(() -> new IOException("the run is not kept in a folder"));
        List<Evaluation> evaluations = new ArrayList<>();
        for (SampleResult r : run.results()) {
            evaluations.add(new Evaluation(
                    r,
                    run.trace(r.sampleId())
                            .orElseThrow(() -> new IOException("sample " + r.sampleId() + " has no trace in " + dir
                                    + "; the run is left as it was"))));
        }
        try (RunOutput out = RunOutput.open(dir, Set.of(RunMeta.FILE))) {
            for (Evaluation e : evaluations) {
                out.write(e);
            }
            if (run.meta().isPresent()) {
                out.writeClientFile(RunMeta.FILE, metaJson(run.meta().get()));
            }
            out.publish(run.summary());
        }
    }

    private static String metaJson(RunMeta meta) throws IOException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n";
    }

    /** Every kept run of every package, newest first. */
    public List<RunEntry> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RunEntry> out = new ArrayList<>();
        try (Stream<Path> skills = Files.list(root)) {
            for (Path skill : skills.filter(Files::isDirectory).toList()) {
                try (Stream<Path> runs = Files.list(skill)) {
                    runs.filter(RunFolderReader::isRunFolder)
                            .forEach(d -> out.add(entry(skill.getFileName().toString(), d)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(RunEntry::folder).reversed());
        return out;
    }

    private static RunEntry entry(String skill, Path dir) {
        Optional<RunMeta> meta = RunFolderReader.readMeta(dir);
        return new RunEntry(
                dir,
                skill,
                dir.getFileName().toString(),
                meta.map(RunMeta::mode).orElse(""),
                meta.map(RunMeta::samples).orElse(-1),
                meta.map(RunMeta::sampleSet).orElse(""));
    }

    /** A kept run as the Runs window lists it. {@code samples} is -1 when unknown. */
    public record RunEntry(Path dir, String skill, String folder, String mode, int samples, String sampleSet) {}

    // A skill name becomes a folder name: anything but letters, digits, '-', '_' and '.' is replaced.
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
