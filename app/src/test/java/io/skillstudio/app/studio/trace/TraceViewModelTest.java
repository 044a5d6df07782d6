package io.skillstudio.app.studio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void selectingAFailedItemFocusesItsEvidenceAndLinksToItsChecklistLine() throws Exception {
        Traces t = new Traces(tmp);
        Evaluation s02 = t.evaluate("s02");
        List<ResourceTarget> opened = new ArrayList<>();
        TraceViewModel vm = new TraceViewModel(opened::add);
        String response = t.sample("s02").responses().get(0);
        vm.show(s02.trace(), List.of(response), Optional.of(t.pkg));
        assertThat(vm.responseTextProperty().get()).isEqualTo(response);
        Highlight comma = vm.highlights().stream()
                .filter(h -> h.item().equals("punctuation:no_comma"))
                .findFirst()
                .orElseThrow();
        assertThat(comma.passed()).isFalse();
        assertThat(response.substring(comma.start(), comma.end())).contains(",");
        assertThat(comma.tooltip()).contains("punctuation:no_comma").contains("✗");

        assertThat(EvidenceHighlights.pick(EvidenceHighlights.at(vm.highlights(), comma.start())))
                .contains(comma);
        vm.selectEvidence(comma);
        assertThat(vm.selectedProperty().get().title()).contains("punctuation:no_comma");
        assertThat(vm.focusProperty().get()).contains(comma);

        Step concise = vm.rootProperty().get().flatten().stream()
                .filter(s -> s.title().contains(" concise "))
                .findFirst()
                .orElseThrow();
        vm.selectedProperty().set(concise);
        String checklist = "rubrics/if_pointwise.checklist.yaml";
        List<String> lines = List.of(t.pkg.textOf(checklist).orElseThrow().split("\n"));
        assertThat(vm.linkProperty().get())
                .contains(new ResourceTarget(checklist, lines.indexOf("  - id: concise") + 1));
        vm.openLink();
        assertThat(opened).containsExactly(new ResourceTarget(checklist, lines.indexOf("  - id: concise") + 1));

        // a sample-carried item has no file in the package
        vm.selectEvidence(comma);
        assertThat(vm.linkProperty().get()).isEmpty();
    }

    @Test
    void theResourceStepLinksToTheChecklistFile() throws Exception {
        Traces t = new Traces(tmp);
        TraceViewModel vm = new TraceViewModel(r -> {});
        vm.show(t.evaluate("s01").trace(), List.of(), Optional.of(t.pkg));
        Step read = vm.rootProperty().get().children().get(0);
        vm.selectedProperty().set(read);
        assertThat(vm.linkProperty().get()).contains(new ResourceTarget("rubrics/if_pointwise.checklist.yaml", 1));
        assertThat(vm.highlights()).isEmpty();
    }

    @Test
    void compareMarksDifferingStepsAndClearsOnTheNextSample() throws Exception {
        Traces t = new Traces(tmp);
        TraceViewModel vm = new TraceViewModel(r -> {});
        vm.show(t.evaluate("s02").trace(), List.of(), Optional.empty());
        vm.compareWith(t.evaluate("s01").trace());
        assertThat(vm.differingProperty().get()).isNotEmpty();
        assertThat(vm.compareRootProperty().get()).isNotNull();
        vm.show(t.evaluate("s01").trace(), List.of(), Optional.empty());
        assertThat(vm.differingProperty().get()).isEmpty();
        assertThat(vm.linkProperty().get()).isEmpty();
    }

    @Test
    void aPairWithOneSideMissingShowsThatSideAloneAndSaysWhich() throws Exception {
        Traces t = new Traces(tmp);
        TraceViewModel vm = new TraceViewModel(r -> {});
        var s01 = t.evaluate("s01").trace();
        vm.showPair(
                new TracePair("s01", "abc12345", Optional.empty(), "working copy", Optional.of(s01)),
                Optional.of(t.pkg));
        assertThat(vm.traceProperty().get()).isSameAs(s01);
        assertThat(vm.compareRootProperty().get()).isNull();
        assertThat(vm.captionProperty().get()).isEqualTo("s01: no trace in abc12345, only the one of working copy");
        vm.selectedProperty().set(vm.rootProperty().get().children().get(0));
        assertThat(vm.linkProperty().get())
                .as("a version's trace links into no open file")
                .isEmpty();

        vm.show(s01, List.of(), Optional.empty());
        assertThat(vm.captionProperty().get())
                .as("a single trace has no caption")
                .isEmpty();
    }
}
