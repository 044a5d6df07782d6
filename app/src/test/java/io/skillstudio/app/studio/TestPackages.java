package io.skillstudio.app.studio;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Template packages copied to a temporary folder, and a validator with one known rule. */
public final class TestPackages {
    private TestPackages() {}

    /** Copies template {@code name} (from the sample-skills class path) to {@code dir/name}. */
    public static Path copyTemplate(String name, Path dir) throws IOException {
        String index;
        try (InputStream in = resource("io/skillstudio/samples/templates/index.txt")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path root = dir.resolve(name);
        for (String line : index.split("\n")) {
            if (line.startsWith(name + "/")) {
                Path target = dir.resolve(line);
                Files.createDirectories(target.getParent());
                try (InputStream in = resource("io/skillstudio/samples/templates/" + line)) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        return root;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = TestPackages.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }

    /**
     * The standard validator plus a rule the tests can rely on whatever checkers skill-model ships:
     * a SKILL.md frontmatter without {@code description:} is an error at line 1.
     */
    public static BiFunction<SkillPackage, LintMode, List<Diagnostic>> validator() {
        Validator standard = Validator.standard();
        return (pkg, mode) -> {
            List<Diagnostic> out = new ArrayList<>(standard.validate(pkg, mode));
            pkg.textOf("SKILL.md")
                    .filter(t -> !t.contains("\ndescription:"))
                    .ifPresent(t -> out.add(Diagnostic.at(
                            DiagnosticCode.DESCRIPTION_MISSING, "SKILL.md", 1, 1, "test: description is missing")));
            return out;
        };
    }
}
