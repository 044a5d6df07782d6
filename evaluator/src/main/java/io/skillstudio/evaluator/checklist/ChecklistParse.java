package io.skillstudio.evaluator.checklist;

import java.util.List;

/**
 * What reading a checklist file produced. The checklist keeps every readable item even when others
 * are malformed, so a run can still score what is well formed (and report the rest).
 */
public record ChecklistParse(Checklist checklist, List<ChecklistProblem> problems) {
    public ChecklistParse {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
