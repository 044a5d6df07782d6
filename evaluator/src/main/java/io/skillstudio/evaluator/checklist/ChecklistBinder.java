package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves items against a registry. The package checker and the runner both use it, so what
 * validation reports and what a run marks unscored can never disagree.
 */
public final class ChecklistBinder {

    private final VerifierRegistry registry;

    public ChecklistBinder(VerifierRegistry registry) {
        this.registry = registry;
    }

    public List<BoundItem> bind(List<ChecklistItem> items) {
        return items.stream().map(this::bind).toList();
    }

    public BoundItem bind(ChecklistItem item) {
        if (item.judge()) {
            return new BoundItem.Blocked(
                    item,
                    UnscoredReason.JUDGE_UNAVAILABLE,
                    "item '" + item.id() + "' needs the model judge, which is not available",
                    List.of());
        }
        String id = item.verifier().orElseThrow();
        Optional<Verifier> verifier = registry.find(id);
        if (verifier.isEmpty()) {
            List<String> close = CloseIds.near(id, registry.ids());
            String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
            return new BoundItem.Blocked(
                    item, UnscoredReason.VERIFIER_MISSING, "unknown verifier '" + id + "'" + hint, List.of());
        }
        ParamBinding binding;
        try {
            binding = verifier.get().bind(item.params());
        } catch (RuntimeException e) {
            // bind is documented never to throw; a buggy verifier must still not abort validation or a run.
            return new BoundItem.Blocked(
                    item,
                    UnscoredReason.VERIFIER_ERROR,
                    "verifier '" + id + "' failed to bind parameters: " + e,
                    List.of());
        }
        if (!binding.ok()) {
            String msg = binding.problems().stream().map(p -> p.message()).collect(Collectors.joining("; "));
            return new BoundItem.Blocked(
                    item, UnscoredReason.INVALID_INPUT, "bad parameters for '" + id + "': " + msg, binding.problems());
        }
        return new BoundItem.Ready(item, verifier.get(), binding.params());
    }
}
