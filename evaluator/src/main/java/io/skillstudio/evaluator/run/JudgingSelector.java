package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses between checklist and whole-skill judging. A package without a declarative checklist (every
 * upstream package), or any package under {@link Judging#forceWholeSkill()}, is judged whole. Without a
 * judge, a checklist-less package still scores a sample's own checklist items natively (offline first);
 * a sample without items then goes to whole-skill judging, which answers {@code judge_unavailable}.
 */
public final class JudgingSelector implements StrategySelector {
    private final ChecklistStrategy checklist;
    private final WholeSkillStrategy whole;
    private final boolean wholePackage;
    private final boolean modelPresent;
    private final Judging judging;

    public JudgingSelector(EvalSubject subject, VerifierRegistry registry, Optional<Judge> judge, Judging judging) {
        this.checklist = new ChecklistStrategy(subject, registry);
        this.whole = new WholeSkillStrategy(subject, registry, judge.flatMap(Judge::allowedSetting), judging.swap());
        this.wholePackage = judging.forceWholeSkill() || subject.checklistId().isEmpty();
        this.modelPresent = judge.isPresent();
        this.judging = judging;
    }

    /** The options that plug this selector into a {@link SampleEvaluator}. */
    public static EvaluatorOptions options(
            EvaluatorOptions base,
            EvalSubject subject,
            VerifierRegistry registry,
            Optional<Judge> judge,
            Judging judging) {
        return base.withSelector(new JudgingSelector(subject, registry, judge, judging));
    }

    @Override
    public SampleJudgeStrategy select(Sample sample) {
        if (wholePackage
                && (modelPresent || judging.forceWholeSkill() || sample.items().isEmpty())) {
            return whole;
        }
        return checklist;
    }

    @Override
    public Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("judging", wholePackage && (modelPresent || judging.forceWholeSkill()) ? "whole_skill" : "checklist");
        if (judging.swap()) {
            m.put("swap", true);
        }
        return m;
    }
}
