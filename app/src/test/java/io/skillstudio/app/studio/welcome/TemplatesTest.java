package io.skillstudio.app.studio.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The templates folder, its index, and the wizard that copies them. */
class TemplatesTest {

    private static final Path SOURCE = Path.of("..", "sample-skills", "templates");

    @Test
    void indexListsExactlyTheFilesOfTheFolder() throws IOException {
        List<String> index = Files.readAllLines(SOURCE.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        List<String> actual;
        try (Stream<Path> s = Files.walk(SOURCE)) {
            actual = s.filter(Files::isRegularFile)
                    .map(p -> SOURCE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.txt"))
                    .sorted()
                    .toList();
        }
        assertThat(index).isEqualTo(actual);
    }

    @Test
    void catalogOffersTheThreeTemplates() {
        List<String> ids = TemplateCatalog.standard().group("templates").stream()
                .map(TemplateCatalog.Template::id)
                .toList();
        assertThat(ids).contains("blank", "pointwise-checklist", "pairwise-rubric-judge");
        assertThat(TemplateCatalog.standard().group("templates"))
                .allMatch(t -> !t.description().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(LintMode.class)
    void everyTemplateHasNoErrors(LintMode mode) throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCE)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                LoadResult r = new PackageLoader().load(dir);
                assertThat(r.skillPackage()).as(dir.toString()).isPresent();
                List<Diagnostic> errors = Validator.standard()
                        .validate(r.skillPackage().get(), mode)
                        .stream()
                        .filter(Diagnostic::isError)
                        .toList();
                assertThat(errors).as(dir + " in " + mode).isEmpty();
            }
        }
    }

    @Test
    void wizardCreatesARenamedValidPackage(@TempDir Path tmp) throws IOException {
        NewSkillViewModel vm = new NewSkillViewModel(TemplateCatalog.standard(), tmp);
        vm.templateProperty()
                .set(vm.templates().stream()
                        .filter(t -> t.id().equals("pairwise-rubric-judge"))
                        .findFirst()
                        .orElseThrow());
        vm.nameProperty().set("my-judge");
        assertThat(vm.canCreateProperty().get()).isTrue();
        Path root = vm.create();
        assertThat(root).isEqualTo(tmp.resolve("my-judge"));
        assertThat(Files.readString(root.resolve("SKILL.md"))).contains("\nname: my-judge\n");
        var pkg = new PackageLoader().load(root).skillPackage().orElseThrow();
        assertThat(Validator.standard().validate(pkg, LintMode.STRICT)).noneMatch(Diagnostic::isError);
        Assertions.assertThatThrownBy(vm::create).hasMessageContaining("already exists");
    }

    @Test
    void wizardRefusesBadNames(@TempDir Path tmp) {
        NewSkillViewModel vm = new NewSkillViewModel(TemplateCatalog.standard(), tmp);
        vm.nameProperty().set("My Skill");
        assertThat(vm.canCreateProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("lowercase");
    }
}
