package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.VersionInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code metadata.version}, when present, is a strict semantic version (tags and lockfiles rely on it). */
public final class VersionChecker implements PackageChecker {

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^[ \\t]+version[ \\t]*:");

    @Override
    public List<Diagnostic> check(CheckContext context) {
        return ParsedSkillMd.of(context)
                .flatMap(p -> {
                    Object raw = p.doc().metadata().get(VersionInfo.KEY);
                    if (raw == null
                            || (raw instanceof String s && SkillVersion.parse(s).isPresent())) {
                        return Optional.<Diagnostic>empty();
                    }
                    String text = p.doc().text();
                    Matcher m = VERSION_LINE.matcher(text);
                    TextPosition at = m.find()
                            ? TextPosition.of(text, m.start() + m.group().indexOf('v'))
                            : new TextPosition(1, 1);
                    String why = raw instanceof String
                            ? "'" + raw + "' is not MAJOR.MINOR.PATCH (semver.org 2.0.0)"
                            : "it is a YAML " + raw.getClass().getSimpleName() + " (" + raw
                                    + "), not a quoted version string";
                    return Optional.of(Diagnostic.at(
                                    DiagnosticCode.VERSION_INVALID,
                                    UpstreamFileRules.SKILL_MD,
                                    at.line(),
                                    at.column(),
                                    "metadata.version must be a semantic version: " + why)
                            .withFix("write it as \"1.0.0\" (quoted); Package › Bump version keeps it valid"));
                })
                .map(List::of)
                .orElse(List.of());
    }
}
