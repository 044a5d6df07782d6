package io.skillstudio.model.versioning.diff;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/** The rows of a side by side view of one file (java-diff-utils' row generator, no inline markup). */
public final class SideBySide {

    /** One row: what both sides show, and whether it is equal, inserted, deleted or changed. */
    public record Row(String tag, String left, String right) {}

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .mergeOriginalRevised(false)
            .reportLinesUnchanged(true)
            .build();

    private SideBySide() {}

    public static List<Row> rows(FileDiff file) {
        if (!file.text()) {
            return List.of(new Row("CHANGE", "(binary file)", "(binary file)"));
        }
        List<DiffRow> rows = ROWS.generateDiffRows(
                PackageDiffer.lines(file.before().orElse("")),
                PackageDiffer.lines(file.after().orElse("")));
        return rows.stream()
                .map(r -> new Row(r.getTag().name(), r.getOldLine(), r.getNewLine()))
                .toList();
    }
}
