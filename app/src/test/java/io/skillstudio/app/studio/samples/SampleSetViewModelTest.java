package io.skillstudio.app.studio.samples;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The sample-set table over the text: cells, edits that touch one line, lossless for everything else. */
class SampleSetViewModelTest {

    private static final String SET = """
            {"id": "s01", "prompt": "Describe rain.", "response": "Rain falls.", "checklist": {"instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}, "expected": 1.0, "note": "caf\\u00e9"}
            {"id": 7, "responses": ["a", "bb"], "expected": "A", "expected_skill": "pairwise"}
            not json at all

            {"id": "s03", "prompt": "x", "response": "y", "metadata": {"k": [1, 2]}}
            """;

    private final StringProperty text = new SimpleStringProperty(SET);
    private final SampleSetViewModel vm = new SampleSetViewModel(text);

    @Test
    void rowsShowTheColumnsAndABrokenLineStaysARow() {
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.cell(vm.rows().get(0), SampleColumn.RESPONSES)).isEqualTo("Rain falls.");
        assertThat(vm.cell(vm.rows().get(0), SampleColumn.EXPECTED)).isEqualTo("1.0");
        assertThat(vm.cell(vm.rows().get(1), SampleColumn.ID)).isEqualTo("7");
        assertThat(vm.cell(vm.rows().get(1), SampleColumn.RESPONSES))
                .isEqualTo("a" + SampleSetViewModel.RESPONSE_SEPARATOR + "bb");
        assertThat(vm.cell(vm.rows().get(1), SampleColumn.EXPECTED_SKILL)).isEqualTo("pairwise");
        assertThat(vm.rows().get(2).error()).isPresent();
        assertThat(vm.problemProperty().get()).contains("1 line(s)");
    }

    @Test
    void anEditRewritesOnlyItsLineAndKeepsTheFieldsTheTableDoesNotShow() {
        vm.edit(vm.rows().get(0), SampleColumn.PROMPT, "Describe snow.");

        String[] lines = text.get().split("\n", -1);
        String[] before = SET.split("\n", -1);
        assertThat(lines[0])
                .contains("\"prompt\":\"Describe snow.\"")
                .contains("\"checklist\":{\"instruction_id_list\"")
                .contains("\"note\":\"café\"")
                .contains("\"expected\":1.0");
        assertThat(lines[0]).startsWith("{\"id\":\"s01\",\"prompt\"");
        for (int i = 1; i < before.length; i++) {
            assertThat(lines[i]).as("line " + (i + 1) + " untouched").isEqualTo(before[i]);
        }
    }

    @Test
    void numbersStayNumbersAndResponsesSplitOnTheSeparator() {
        vm.edit(vm.rows().get(1), SampleColumn.ID, "8");
        vm.edit(vm.rows().get(1), SampleColumn.RESPONSES, "first\n-----\nsecond\n-----\nthird");

        String line = text.get().split("\n")[1];
        assertThat(line).contains("\"id\":8").contains("\"responses\":[\"first\",\"second\",\"third\"]");
    }

    @Test
    void addAndRemoveRows() {
        vm.addRow();
        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.cell(vm.rows().get(4), SampleColumn.ID)).isEqualTo("s5");

        vm.removeRow(vm.rows().get(0));

        assertThat(vm.rows()).hasSize(4);
        assertThat(text.get()).doesNotContain("s01").contains("not json at all");
    }

    @Test
    void aBrokenLineIsNotEditedFromTheTable() {
        String before = text.get();

        vm.edit(vm.rows().get(2), SampleColumn.PROMPT, "x");

        assertThat(text.get()).isEqualTo(before);
        assertThat(vm.problemProperty().get()).contains("not a JSON object");
    }
}
