package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resource paths: relative, inside the package, naming a file that exists and that upstream loads.
 * Upstream only fails on these when the judge views the resource, mid-run.
 */
public final class ResourcePathChecker implements PackageChecker {

    private static final String FILE = UpstreamFileRules.RESOURCES_YAML;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceEntry e : context.pkg().manifest().map(m -> m.entries()).orElse(List.of())) {
            if (!e.fields().containsKey("path") || e.fields().get("path") == null) {
                continue;
            }
            var pos = e.positionOf("path#value");
            Optional<String> path = e.path();
            if (path.isEmpty()) {
                continue;
            }
            Optional<String> unsafe = unsafeReason(path.get());
            if (unsafe.isPresent()) {
                out.add(Diagnostic.at(
                                DiagnosticCode.RESOURCE_PATH_UNSAFE,
                                FILE,
                                pos.line(),
                                pos.column(),
                                "path '" + path.get() + "' " + unsafe.get())
                        .withLength(path.get().length())
                        .withFix("use a path relative to the package root, e.g. rubrics/name.md"));
                continue;
            }
            checkTarget(context.pkg(), normalize(path.get()), pos.line(), pos.column(), out);
        }
        return out;
    }

    private static void checkTarget(SkillPackage pkg, String path, int line, int column, List<Diagnostic> out) {
        if (pkg.file(path).isEmpty()) {
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_PATH_MISSING,
                            FILE,
                            line,
                            column,
                            "path '" + path + "' names no file in the package; view_resource will fail at run time")
                    .withLength(path.length())
                    .withFix("create " + path + " or fix the path"));
        } else if (!UpstreamFileRules.isLoaded(path)) {
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_PATH_IGNORED,
                            FILE,
                            line,
                            column,
                            "path '" + path + "' exists but upstream never loads it: "
                                    + UpstreamFileRules.whyIgnored(path).orElse(""))
                    .withLength(path.length()));
        }
    }

    /** Why a path is unsafe, or empty. Stricter than upstream, which silently strips a leading '/'. */
    static Optional<String> unsafeReason(String raw) {
        String p = raw.strip();
        if (p.isEmpty()) {
            return Optional.of("is empty");
        }
        if (p.startsWith("/") || p.startsWith("\\") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            return Optional.of("is absolute; packages must only use relative paths");
        }
        if (p.contains("\\")) {
            return Optional.of("uses backslashes; use '/'");
        }
        if (p.endsWith("/")) {
            return Optional.of("names a folder, not a file");
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                return Optional.of("leaves the package through '..'");
            }
        }
        return Optional.empty();
    }

    static String normalize(String p) {
        String s = p.strip();
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s.replaceAll("/\\./", "/").replaceAll("/{2,}", "/");
    }
}
