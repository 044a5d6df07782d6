package io.skillstudio.evaluator.routing;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The skills to route between, from paths that are packages (a folder with SKILL.md, or a zip) or folders
 * of packages (each sub-folder with a SKILL.md, in name order). A path that yields no package is a
 * problem in the result, not an exception, so one bad package does not hide the others.
 */
public final class SkillCatalog {

    /** A path that gave no skill, and why. */
    public record Problem(Path path, String message) {}

    public record Loaded(List<SkillProfile> skills, List<Problem> problems) {
        public Loaded {
            skills = List.copyOf(skills);
            problems = List.copyOf(problems);
        }
    }

    private SkillCatalog() {}

    public static Loaded load(List<Path> paths) {
        PackageLoader loader = new PackageLoader();
        List<SkillProfile> skills = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            for (Path pkg : packagesAt(path, problems)) {
                LoadResult result = loader.load(pkg);
                if (result.skillPackage().isPresent()) {
                    SkillProfile profile = SkillProfile.of(result.skillPackage().get());
                    if (skills.stream().anyMatch(s -> s.name().equals(profile.name()))) {
                        problems.add(new Problem(pkg, "a second skill named " + profile.name() + " (ignored)"));
                    } else {
                        skills.add(profile);
                        if (profile.description().isBlank()) {
                            problems.add(new Problem(
                                    pkg,
                                    "no description (missing, or the frontmatter does not "
                                            + "parse): routing sees only the name " + profile.name()));
                        }
                    }
                } else {
                    String why = result.diagnostics().stream()
                            .map(Diagnostic::message)
                            .findFirst()
                            .orElse("not a skill package");
                    problems.add(new Problem(pkg, why));
                }
            }
        }
        return new Loaded(skills, problems);
    }

    private static List<Path> packagesAt(Path path, List<Problem> problems) {
        if (!Files.exists(path)) {
            problems.add(new Problem(path, "no such file or folder"));
            return List.of();
        }
        if (!Files.isDirectory(path) || Files.isRegularFile(path.resolve("SKILL.md"))) {
            return List.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> packages = children.filter(c -> Files.isRegularFile(c.resolve("SKILL.md")))
                    .sorted()
                    .toList();
            if (packages.isEmpty()) {
                problems.add(new Problem(path, "neither a package (no SKILL.md) nor a folder of packages"));
            }
            return packages;
        } catch (IOException e) {
            problems.add(new Problem(path, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }
}
