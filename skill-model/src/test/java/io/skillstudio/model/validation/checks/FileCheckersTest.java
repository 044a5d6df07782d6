package io.skillstudio.model.validation.checks;

import static io.skillstudio.model.testing.Fixtures.codes;
import static io.skillstudio.model.testing.Fixtures.good;
import static io.skillstudio.model.testing.Fixtures.goodWith;
import static io.skillstudio.model.testing.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadLimits;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.testing.Fixtures;
import io.skillstudio.model.validation.LintMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileContentChecker, IgnoredFileChecker and UnreferencedFileChecker: the three file-level rules. */
class FileCheckersTest {

    @TempDir
    Path tmp;

    @Nested
    class Content {
        final FileContentChecker checker = new FileContentChecker();

        @Test
        void cleanTextPasses() {
            assertThat(run(checker, tmp, good(), LintMode.STRICT)).isEmpty();
        }

        @Test
        void invalidUtf8InALoadedFileIsPositioned() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            good().forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
            files.put(
                    "references/latin1.md", "line one\ncaf\u00e9 ok\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
            files.put("assets/latin1.txt", new byte[] {(byte) 0xE9});
            List<Diagnostic> d = run(checker, Fixtures.load(Fixtures.folderBytes(tmp, "x", files)), LintMode.STRICT);
            assertThat(codes(d)).containsExactly("SKL042");
            assertThat(d.get(0).file()).isEqualTo("references/latin1.md");
            assertThat(d.get(0).line()).isEqualTo(2);
            assertThat(d.get(0).column()).isEqualTo(4);
        }

        @Test
        void binaryEmptyAndBomAreReportedInLoadedFiles() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            good().forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
            files.put("references/bin.json", new byte[] {'{', 0, '}'});
            files.put("references/empty.md", new byte[0]);
            files.put("references/bom.md", "\uFEFFhello".getBytes(StandardCharsets.UTF_8));
            files.put("assets/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
            assertThat(codes(run(checker, Fixtures.load(Fixtures.folderBytes(tmp, "x", files)), LintMode.STRICT)))
                    .containsExactlyInAnyOrder("SKL043", "SKL045", "SKL047");
        }

        @Test
        void oversizedAndEscapingFilesAreReported() throws Exception {
            Path dir = Fixtures.folder(tmp, "x", goodWith("references/big.md", "x".repeat(2000)));
            Files.createSymbolicLink(dir.resolve("references/link.md"), Files.writeString(tmp.resolve("out.md"), "o"));
            var pkg = new PackageLoader(new LoadLimits(1000, 100, 1 << 20, 100))
                    .load(dir)
                    .skillPackage()
                    .orElseThrow();
            assertThat(codes(run(checker, pkg, LintMode.STRICT))).containsExactlyInAnyOrder("SKL044", "SKL046");
        }
    }

    @Nested
    class Ignored {
        final IgnoredFileChecker checker = new IgnoredFileChecker();

        @Test
        void loadedFilesAndReadmePass() {
            assertThat(run(checker, tmp, goodWith("README.md", "# r"), LintMode.STRICT))
                    .isEmpty();
        }

        @Test
        void studioEvalsFolderIsIntentionallyUnloaded() {
            Map<String, String> files = good();
            files.put("evals/samples.jsonl", "{}");
            files.put("evals/expected_results.jsonl", "{}");
            assertThat(run(checker, tmp, files, LintMode.STRICT)).isEmpty();
        }

        @Test
        void wrongFolderWrongExtensionAndToolFoldersAreReported() {
            Map<String, String> files = good();
            files.put("notes.md", "x");
            files.put("rubrics/table.txt", "x");
            files.put("rubrics/UPPER.MD", "x");
            files.put("__pycache__/a.pyc", "x");
            files.put("__pycache__/b.pyc", "x");
            List<Diagnostic> d = run(checker, tmp, files, LintMode.STRICT);
            assertThat(d)
                    .extracting(Diagnostic::file)
                    .containsExactlyInAnyOrder("notes.md", "rubrics/UPPER.MD", "rubrics/table.txt", "__pycache__/");
            assertThat(d)
                    .filteredOn(x -> x.file().equals("notes.md"))
                    .first()
                    .extracting(Diagnostic::message)
                    .asString()
                    .contains("move it under");
        }
    }

    @Nested
    class Unreferenced {
        final UnreferencedFileChecker checker = new UnreferencedFileChecker();

        @Test
        void referencedOrMentionedFilesPass() {
            Map<String, String> files = good();
            files.put("references/mentioned.md", "x");
            files.put("SKILL.md", Fixtures.GOOD_SKILL_MD + "\nRead references/mentioned.md.\n");
            assertThat(run(checker, tmp, files, LintMode.STRICT)).isEmpty();
        }

        @Test
        void orphanFileIsInfo() {
            List<Diagnostic> d = run(checker, tmp, goodWith("verifiers/orphan.py", "x = 1\n"), LintMode.STRICT);
            assertThat(codes(d)).containsExactly("SKL041");
            assertThat(d.get(0).isError()).isFalse();
        }
    }
}
