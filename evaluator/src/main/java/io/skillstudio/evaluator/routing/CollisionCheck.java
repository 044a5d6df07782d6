package io.skillstudio.evaluator.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Problems-window warnings for a package whose description a router could confuse with a sibling's: the
 * skills in the package folder's parent folder are the library it will be routed among. Lexical only, so
 * it runs with validation without waiting for the embedding model.
 */
public final class CollisionCheck implements PackageChecker {

    /**
     * Validation runs on every pause in typing: the siblings are read again only when a sibling's SKILL.md
     * or resources.yaml changed (the key holds their paths and modification times).
     */
    private static final Cache<List<Object>, SkillCatalog.Loaded> SIBLINGS =
            Caffeine.newBuilder().maximumSize(16).build();

    @Override
    public List<Diagnostic> check(CheckContext context) {
        return check(context.pkg());
    }

    /** SKL080 warnings at the description of {@code pkg}; empty when it has no sibling packages. */
    public static List<Diagnostic> check(SkillPackage pkg) {
        Path source = pkg.source();
        if (source == null
                || !Files.isDirectory(source)
                || source.toAbsolutePath().getParent() == null) {
            return List.of();
        }
        Path folder = source.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        SkillCatalog.Loaded siblings = SIBLINGS.get(stamp(parent), k -> SkillCatalog.load(List.of(parent)));
        SkillProfile self = SkillProfile.of(pkg);
        List<SkillProfile> skills = new ArrayList<>();
        skills.add(self);
        siblings.skills().stream()
                .filter(s -> s.source() == null
                        || !s.source().toAbsolutePath().normalize().equals(folder))
                .filter(s -> !s.name().equals(self.name()))
                .forEach(skills::add);
        if (skills.size() < 2) {
            return List.of();
        }
        Router router = new Router(skills, LazyEmbeddings.none());
        int[] at =
                pkg.skillDocument().flatMap(d -> d.valuePosition("description")).orElse(new int[] {0, 0});
        List<Diagnostic> out = new ArrayList<>();
        for (Collision c : Collisions.find(router, Optional.empty())) {
            String other =
                    c.skillA().equals(self.name()) ? c.skillB() : c.skillB().equals(self.name()) ? c.skillA() : null;
            if (other == null) {
                continue;
            }
            out.add(new Diagnostic(
                    DiagnosticCode.DESCRIPTION_COLLISION.code(),
                    DiagnosticCode.DESCRIPTION_COLLISION.severity(),
                    "SKILL.md",
                    at[0],
                    at[1],
                    0,
                    String.format(
                            Locale.ROOT,
                            "description is %.0f%% alike %s's (shared: %s): a router may " + "pick either",
                            c.lexical() * 100,
                            other,
                            String.join(", ", c.sharedWords())),
                    "say what sets this skill apart (its mode, task or benchmark) in the first sentence"));
        }
        return out;
    }

    /** The parent folder, and each sub-folder with a SKILL.md with the times its two index files changed. */
    static List<Object> stamp(Path parent) {
        List<Object> key = new ArrayList<>();
        key.add(parent);
        try (Stream<Path> children = Files.list(parent)) {
            for (Path c : children.sorted().toList()) {
                Path skillMd = c.resolve("SKILL.md");
                if (Files.isRegularFile(skillMd)) {
                    key.add(c.getFileName().toString());
                    key.add(modified(skillMd));
                    key.add(modified(c.resolve("resources.yaml")));
                }
            }
        } catch (IOException e) {
            key.add(e.getClass().getName()); // unlistable: SkillCatalog reports it
        }
        return key;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
