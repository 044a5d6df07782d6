package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.checklist.Checklist;
import io.skillstudio.evaluator.checklist.ChecklistParse;
import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.checklist.ChecklistResources;
import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import java.util.List;
import java.util.Optional;

/**
 * The skill being evaluated: the package, the checklist read from it and the identity stamped into
 * provenance. A malformed checklist keeps its readable items; {@link #checklistProblems()} says what was lost.
 *
 * @param checklistId the resource id of the checklist used, {@code ""} when the package has none
 */
public record EvalSubject(
        SkillPackage pkg,
        String name,
        String version,
        String contentHash,
        String checklistId,
        Checklist checklist,
        List<ChecklistProblem> checklistProblems) {

    public static final String UNVERSIONED = "unversioned";

    public EvalSubject {
        checklistProblems = List.copyOf(checklistProblems);
    }

    /**
     * Reads the subject; {@code checklistId} picks a checklist resource, else the first YAML checklist is used.
     *
     * @throws IllegalArgumentException when {@code checklistId} names no YAML checklist resource
     */
    public static EvalSubject of(SkillPackage pkg, Optional<String> checklistId) {
        String name = pkg.skillDocument().flatMap(d -> d.name()).orElse(pkg.rootName());
        String version = pkg.skillDocument()
                .map(d -> d.metadata().get("version"))
                .filter(v -> v != null && !String.valueOf(v).isBlank())
                .map(EvalSubject::shortVersion)
                .orElse(UNVERSIONED);
        List<ResourceEntry> checklists = ChecklistResources.of(pkg);
        Optional<ResourceEntry> chosen = checklistId.isPresent()
                ? checklists.stream().filter(e -> e.id().equals(checklistId)).findFirst()
                : checklists.stream().findFirst();
        if (checklistId.isPresent() && chosen.isEmpty()) {
            throw new IllegalArgumentException("no YAML checklist resource with id '" + checklistId.get() + "'; found "
                    + checklists.stream().map(e -> e.id().orElse("?")).toList());
        }
        Checklist checklist = Checklist.EMPTY;
        List<ChecklistProblem> problems = List.of();
        String id = "";
        if (chosen.isPresent()) {
            String file = UpstreamResourcePaths.normalize(chosen.get().path().orElseThrow());
            id = chosen.get().id().orElse(file);
            Optional<String> text = pkg.textOf(file);
            if (text.isEmpty()) {
                throw new IllegalArgumentException("checklist " + id + " names a file the package lacks: " + file);
            }
            ChecklistParse parse = ChecklistParser.parse(text.get(), file);
            checklist = parse.checklist();
            problems = parse.problems();
        }
        return new EvalSubject(pkg, name, version, PackageHashes.content(pkg), id, checklist, problems);
    }

    /** Longest version copied into provenance (and so into every result line). */
    static final int MAX_VERSION_CHARS = 64;

    /** A version is a short scalar: anything else is named, not copied (it goes into every result). */
    private static String shortVersion(Object v) {
        if (!(v instanceof String || v instanceof Number)) {
            return "<not a string: " + v.getClass().getSimpleName() + ">";
        }
        String s = String.valueOf(v);
        return s.length() <= MAX_VERSION_CHARS
                ? s
                : s.substring(0, MAX_VERSION_CHARS) + "...<" + s.length() + " chars>";
    }
}
