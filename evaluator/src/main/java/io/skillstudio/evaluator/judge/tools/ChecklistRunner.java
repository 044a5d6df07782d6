package io.skillstudio.evaluator.judge.tools;

import io.skillstudio.evaluator.aggregate.Aggregator;
import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistBinder;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.checklist.ChecklistParse;
import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.checklist.ChecklistResources;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a declarative checklist resource for the model: every verifier item on every candidate, with
 * the aggregate of those items, and the items that are left for the model to judge. The model then
 * decides only what needs judgement instead of recounting what a verifier measures exactly.
 */
final class ChecklistRunner {

    private final ChecklistBinder binder;

    ChecklistRunner(VerifierRegistry registry) {
        this.binder = new ChecklistBinder(registry);
    }

    /** Whether {@code e} is a checklist this runner can execute (a YAML file of the package). */
    static boolean handles(ResourceEntry e) {
        return ChecklistResources.isDeclarative(e);
    }

    Map<String, Object> run(SkillPackage pkg, ResourceEntry e, JudgeSample sample) {
        String file = UpstreamResourcePaths.normalize(e.path().orElseThrow());
        Optional<String> text = pkg.textOf(file);
        if (text.isEmpty()) {
            return ToolResults.error(ToolNames.RUN_RESOURCE, "checklist file not found: " + file);
        }
        ChecklistParse parse = ChecklistParser.parse(text.get(), file);
        List<BoundItem> bound = binder.bind(parse.checklist().items());
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            VerifierInput input = new VerifierInput(sample.responses().get(i), sample.prompt(), sample.reference());
            perLabel.put(JudgeSample.label(i), runOne(bound, input, parse));
        }
        Map<String, Object> out = ToolResults.ok(ToolNames.RUN_RESOURCE);
        out.put("resource_id", e.id().orElse(file));
        out.put("checklist", file);
        out.put("result", perLabel);
        if (!parse.problems().isEmpty()) {
            out.put(
                    "checklist_problems",
                    parse.problems().stream().map(p -> p.message()).toList());
        }
        return out;
    }

    /**
     * One verifier item, scored like run/ResponseScorer: a verifier that throws, or measures a value
     * outside [0,1], is an unscored {@code verifier_error} item, never a dropped one or a failed tool; a
     * spent regex budget is an unscored {@code verifier_budget} item.
     */
    private static Map<String, Object> verified(
            ChecklistItem item, BoundItem.Ready r, VerifierInput input, List<ItemScore> scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("verifier", r.verifier().id());
        VerifierResult res;
        try {
            res = r.verifier().verify(input, r.params());
        } catch (RegexBudgetExceededException e) {
            return unscored(
                    m,
                    item,
                    r,
                    UnscoredReason.VERIFIER_BUDGET,
                    "verifier '" + r.verifier().id() + "': " + e.getMessage(),
                    scores);
        } catch (StackOverflowError e) {
            return unscored(
                    m,
                    item,
                    r,
                    UnscoredReason.VERIFIER_BUDGET,
                    "verifier '" + r.verifier().id() + "' overflowed the stack",
                    scores);
        } catch (RuntimeException e) {
            return unscored(
                    m,
                    item,
                    r,
                    UnscoredReason.VERIFIER_ERROR,
                    "verifier '" + r.verifier().id() + "' failed: " + e,
                    scores);
        }
        double credit = switch (res.outcome()) {
            case PASS -> 1;
            case FAIL -> 0;
            case VALUE -> res.value();
        };
        m.put("outcome", res.outcome().name().toLowerCase(Locale.ROOT));
        m.put("value", res.value());
        m.put("explanation", res.explanation());
        if (!(credit >= 0 && credit <= 1)) {
            return unscored(
                    m,
                    item,
                    r,
                    UnscoredReason.VERIFIER_ERROR,
                    "verifier '" + r.verifier().id() + "' measured " + credit + ", which is not a credit in [0,1]",
                    scores);
        }
        scores.add(ItemScore.scored(
                item.id(),
                item.source(),
                item.severity(),
                item.weight(),
                r.verifier().id(),
                res.outcome(),
                credit,
                res.explanation()));
        return m;
    }

    private static Map<String, Object> unscored(
            Map<String, Object> m,
            ChecklistItem item,
            BoundItem.Ready r,
            UnscoredReason reason,
            String message,
            List<ItemScore> scores) {
        m.put("unscored", reason.code());
        m.put("error", message);
        scores.add(ItemScore.unscored(
                item.id(),
                item.source(),
                item.severity(),
                item.weight(),
                r.verifier().id(),
                Score.unscored(reason, message)));
        return m;
    }

    private static Map<String, Object> runOne(List<BoundItem> bound, VerifierInput input, ChecklistParse parse) {
        List<ItemScore> scores = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> forModel = new ArrayList<>();
        for (BoundItem b : bound) {
            var item = b.item();
            if (b instanceof BoundItem.Ready r) {
                items.add(verified(item, r, input, scores));
            } else if (b instanceof BoundItem.Blocked x) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", item.id());
                m.put("description", item.description());
                m.put("severity", item.severity().name().toLowerCase(Locale.ROOT));
                if (!item.judge()) {
                    m.put("unscored", x.reason().code());
                }
                forModel.add(m);
                scores.add(ItemScore.unscored(
                        item.id(),
                        item.source(),
                        item.severity(),
                        item.weight(),
                        item.verifier().orElse(null),
                        Score.unscored(x.reason(), x.message())));
            }
        }
        Breakdown breakdown = Aggregator.aggregate(parse.checklist().aggregation(), scores);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verified_items", items);
        out.put("items_for_you_to_judge", forModel);
        out.put(
                "score_of_verified_items",
                breakdown.score().hasValue() ? breakdown.score().value() : null);
        return out;
    }
}
