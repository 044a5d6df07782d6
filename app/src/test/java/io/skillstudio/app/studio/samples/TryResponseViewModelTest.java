package io.skillstudio.app.studio.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillstudio.app.studio.concurrent.CurrentThreadTaskExecutor;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Try a response" scores with the package's checklist through the evaluator, without a screen. */
class TryResponseViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void scoresTheResponseWithThePackagesChecklistAndListsEachItem() throws Exception {
        Files.writeString(tmp.resolve("SKILL.md"), "---\nname: try-me\ndescription: Scores length.\n---\n# Try\n");
        Files.writeString(tmp.resolve("resources.yaml"), """
                resources:
                  - id: try.checklist
                    type: checklist
                    implementation_kind: reference
                    path: rubrics/try.checklist.yaml
                """);
        Files.createDirectories(tmp.resolve("rubrics"));
        Files.writeString(tmp.resolve("rubrics/try.checklist.yaml"), """
                version: 1
                items:
                  - id: non_empty
                    severity: critical
                    verifier: constraint.word_count
                    params:
                      min: 1
                  - id: short
                    severity: minor
                    verifier: constraint.word_count
                    params:
                      max: 5
                """);
        SkillPackage pkg = new PackageLoader().load(tmp).skillPackage().orElseThrow();
        TryResponseViewModel vm = new TryResponseViewModel(() -> Optional.of(pkg), new CurrentThreadTaskExecutor());

        vm.responseProperty().set("Six words are in this answer.");
        vm.score();

        assertThat(vm.statusProperty().get()).isEqualTo("scored");
        assertThat(vm.items())
                .extracting(TryResponseViewModel.ItemResult::id, i -> i.result().substring(0, 4))
                .containsExactly(tuple("non_empty", "pass"), tuple("short", "fail"));
        assertThat(vm.scoreProperty().get()).isEqualTo("0.500");

        vm.responseProperty().set("Two words.");
        vm.score();

        assertThat(vm.scoreProperty().get()).isEqualTo("1.000");
    }

    @Test
    void withoutAPackageNothingIsScored() {
        TryResponseViewModel vm = new TryResponseViewModel(Optional::empty, new CurrentThreadTaskExecutor());

        vm.score();

        assertThat(vm.scoreProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Open a package");
    }
}
