package io.skillstudio.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes a package holds, validation returns diagnostics and never throws: the studio runs it
 * on every keystroke. Inputs are mutations of a valid package with a fixed seed, so failures repeat.
 */
class ValidatorRobustnessTest {

    private static final String[] FRAGMENTS = {
        "---\n",
        "name:",
        " [",
        "]",
        "{",
        "}",
        "\n  - ",
        "id: ",
        "&a ",
        "*a",
        "path: ../",
        "\t",
        "\"",
        "'",
        ": ",
        "|",
        ">-",
        "\r\n",
        "\uFEFF",
        "\uD83D\uDE00",
        "\0",
        "resources:",
        "- ",
        "#",
        "!!python/object ",
        "runtime_resources:",
        "type: [",
        "? ",
        "%YAML 1.1\n",
        "\\",
        "\u2028",
        "\uDC00"
    };

    private final Validator validator = Validator.standard();

    @RepeatedTest(40)
    void randomMutationsNeverThrowAndNeverHitAnInternalError(RepetitionInfo info) {
        Random random = new Random(1000L + info.getCurrentRepetition());
        List<PackageFile> files = new ArrayList<>();
        Fixtures.good().forEach((path, text) -> files.add(PackageFile.of(path, mutate(text, random))));
        SkillPackage pkg =
                new SkillPackage(Path.of("good-skill"), SourceKind.DIRECTORY, "good-skill", files, List.of());
        for (LintMode mode : LintMode.values()) {
            List<Diagnostic> d = validator.validate(pkg, mode);
            assertThat(d).noneMatch(x -> x.message().startsWith("internal error"));
        }
    }

    @Test
    void arbitraryBinaryInEveryFileIsHandled() {
        Random random = new Random(7);
        List<PackageFile> files = new ArrayList<>();
        for (String path : List.of("SKILL.md", "resources.yaml", "rubrics/a.md", "scripts/x.py")) {
            byte[] b = new byte[random.nextInt(4096)];
            random.nextBytes(b);
            files.add(PackageFile.of(path, b));
        }
        SkillPackage pkg = new SkillPackage(Path.of("x"), SourceKind.DIRECTORY, "x", files, List.of());
        assertThat(validator.validate(pkg, LintMode.STRICT))
                .noneMatch(x -> x.message().startsWith("internal error"));
    }

    private static byte[] mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(12)));
                default -> sb.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
