package io.skillstudio.model.versioning.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.PathOrder;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.ResourceManifest;
import io.skillstudio.model.skillmd.SkillDocument;
import io.skillstudio.model.versioning.Lockfiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Compares two snapshots of a package: files as text (unified diff through java-diff-utils), SKILL.md
 * frontmatter key by key, resources.yaml entry by entry and field by field, plus whatever the
 * {@link DiffContributor}s on the class path add (checklists). Tool files and the lockfile are left out.
 */
public final class PackageDiffer {

    static final int CONTEXT_LINES = 3;

    private final List<DiffContributor> contributors;

    public PackageDiffer(List<DiffContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** With every contributor found by {@link ServiceLoader}. */
    public static PackageDiffer standard() {
        List<DiffContributor> found = new ArrayList<>();
        ServiceLoader.load(DiffContributor.class, PackageDiffer.class.getClassLoader())
                .forEach(found::add);
        return new PackageDiffer(found);
    }

    public PackageDiff diff(SkillPackage before, SkillPackage after, String fromLabel, String toLabel) {
        SkillPackage b = Lockfiles.lockedView(before);
        SkillPackage a = Lockfiles.lockedView(after);
        List<DiffSection> sections = new ArrayList<>();
        List<ItemChange> resources = FieldDiffs.compareItems(resourceItems(b), resourceItems(a));
        if (!resources.isEmpty()) {
            sections.add(new DiffSection("resources", "resources.yaml", resources));
        }
        for (DiffContributor c : contributors) {
            sections.addAll(c.diff(b, a));
        }
        return new PackageDiff(fromLabel, toLabel, files(b, a), frontmatter(b, a), sections);
    }

    private static List<FileDiff> files(SkillPackage b, SkillPackage a) {
        TreeSet<String> paths = new TreeSet<>(PathOrder.UPSTREAM);
        b.files().forEach(f -> paths.add(f.path()));
        a.files().forEach(f -> paths.add(f.path()));
        List<FileDiff> out = new ArrayList<>();
        for (String p : paths) {
            Optional<PackageFile> fb = b.file(p);
            Optional<PackageFile> fa = a.file(p);
            if (fb.isPresent() && fa.isPresent() && fb.get().equals(fa.get())) {
                continue;
            }
            ChangeKind kind = fb.isEmpty() ? ChangeKind.ADDED : fa.isEmpty() ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            Optional<String> tb = fb.flatMap(PackageFile::text);
            Optional<String> ta = fa.flatMap(PackageFile::text);
            boolean text = (fb.isEmpty() || tb.isPresent()) && (fa.isEmpty() || ta.isPresent());
            List<String> unified = text ? unified(p, kind, tb.orElse(""), ta.orElse("")) : List.of();
            out.add(new FileDiff(p, kind, text, unified, tb, ta));
        }
        return out;
    }

    /** Unified diff lines with a/ and b/ names as git prints them; /dev/null for a missing side. */
    static List<String> unified(String path, ChangeKind kind, String before, String after) {
        List<String> bl = lines(before);
        List<String> al = lines(after);
        Patch<String> patch = DiffUtils.diff(bl, al);
        return UnifiedDiffUtils.generateUnifiedDiff(
                kind == ChangeKind.ADDED ? "/dev/null" : "a/" + path,
                kind == ChangeKind.REMOVED ? "/dev/null" : "b/" + path,
                bl,
                patch,
                CONTEXT_LINES);
    }

    /** Lines split at LF only, so a changed line ending shows as a changed line. */
    public static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<FieldChange> frontmatter(SkillPackage b, SkillPackage a) {
        return FieldDiffs.compare("", flatFrontmatter(b), flatFrontmatter(a));
    }

    private static Map<String, Object> flatFrontmatter(SkillPackage pkg) {
        Map<String, Object> out = new LinkedHashMap<>();
        pkg.skillDocument().flatMap(SkillDocument::frontmatter).ifPresent(fm -> flatten("", fm.values(), out));
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                flatten(prefix + k + ".", m, out);
            } else {
                out.put(prefix + k, v);
            }
        });
    }

    /** Entries keyed by id; an entry without id (or a repeated id) is keyed by its position. */
    private static Map<String, Map<String, Object>> resourceItems(SkillPackage pkg) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<ResourceEntry> entries =
                pkg.manifest().map(ResourceManifest::entries).orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            ResourceEntry e = entries.get(i);
            String key = e.id().orElse("#" + i);
            out.put(out.containsKey(key) ? key + " #" + i : key, e.fields());
        }
        return out;
    }
}
