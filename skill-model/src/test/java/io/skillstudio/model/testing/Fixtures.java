package io.skillstudio.model.testing;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.PackageChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small packages on disk for tests: folders and zips from path → content maps. */
public final class Fixtures {

    public static final String GOOD_SKILL_MD = """
            ---
            name: good-skill
            description: Scores instruction following with a checklist. Use for pointwise IF rewards.
            metadata:
              version: "1.0.0"
            ---
            # Good skill

            View `rubric.main` first.
            """;

    public static final String GOOD_RESOURCES = """
            resources:
              - id: rubric.main
                type: rubric
                implementation_kind: reference
                path: rubrics/main.md
                cost: low
                hard_or_soft: soft
                decision_impact: strong
                leakage_level: sample_visible
            """;

    private Fixtures() {}

    /** The files of a valid strict-mode package named good-skill. */
    public static Map<String, String> good() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("SKILL.md", GOOD_SKILL_MD);
        files.put("resources.yaml", GOOD_RESOURCES);
        files.put("rubrics/main.md", "# Main rubric\n\nScore 1 when every item holds.\n");
        return files;
    }

    public static Map<String, String> goodWith(String path, String content) {
        Map<String, String> files = good();
        if (content == null) {
            files.remove(path);
        } else {
            files.put(path, content);
        }
        return files;
    }

    public static Path folder(Path parent, String name, Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return folderBytes(parent, name, bytes);
    }

    public static Path folderBytes(Path parent, String name, Map<String, byte[]> files) {
        try {
            Path root = parent.resolve(name);
            Files.createDirectories(root);
            for (var e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose entries are written in the given order with the given names, verbatim. */
    public static Path zip(Path parent, String fileName, Map<String, String> entries) {
        try {
            Path zip = parent.resolve(fileName);
            try (OutputStream os = Files.newOutputStream(zip);
                    ZipOutputStream z = new ZipOutputStream(os)) {
                for (var e : entries.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> prefixed(String prefix, Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    public static SkillPackage load(Path path) {
        LoadResult r = new PackageLoader().load(path);
        return r.skillPackage().orElseThrow(() -> new AssertionError("did not load: " + r.diagnostics()));
    }

    public static List<Diagnostic> run(PackageChecker checker, SkillPackage pkg, LintMode mode) {
        return checker.check(new CheckContext(pkg, mode));
    }

    public static List<Diagnostic> run(PackageChecker checker, Path parent, Map<String, String> files, LintMode mode) {
        return run(checker, load(folder(parent, "good-skill", files)), mode);
    }

    public static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }
}
