package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.ToolFiles;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files upstream silently drops (wrong folder or extension, skillrm-format.md §10.7). Tool folders
 * such as {@code .git/} or {@code __pycache__/} are reported once, not per file. A root-level
 * {@code evals/} folder holds the studio's sample sets and expected results; like skill-creator's
 * packager, which leaves {@code evals/} out of bundles, we treat it as intentionally unloaded.
 */
public final class IgnoredFileChecker implements PackageChecker {

    /** Studio-owned test data beside the skill; never loaded by upstream, on purpose. */
    public static final String EVALS = "evals/";

    private static final Set<String> QUIET =
            Set.of("README.md", "LICENSE", "LICENSE.txt", "LICENSE.md", "NOTICE", "CHANGELOG.md", "skill.lock.json");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> toolFolders = new LinkedHashSet<>();
        for (PackageFile f : context.pkg().files()) {
            String path = f.path();
            String folder = toolFolder(path);
            if (folder != null) {
                toolFolders.add(folder);
                continue;
            }
            if (QUIET.contains(path) || path.startsWith(EVALS)) {
                continue;
            }
            UpstreamFileRules.whyIgnored(path)
                    .ifPresent(why -> out.add(Diagnostic.ofFile(
                            DiagnosticCode.FILE_IGNORED_UPSTREAM, path, "upstream ignores this file: " + why)));
        }
        for (String folder : toolFolders) {
            out.add(Diagnostic.ofFile(
                    DiagnosticCode.FILE_IGNORED_UPSTREAM,
                    folder,
                    "folder ignored by upstream's loader but included in its directory hash"));
        }
        return out;
    }

    private static String toolFolder(String path) {
        return ToolFiles.folderOf(path).orElse(null);
    }
}
