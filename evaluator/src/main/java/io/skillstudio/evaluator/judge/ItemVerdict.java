package io.skillstudio.evaluator.judge;

import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.Objects;
import java.util.Optional;

/**
 * The model's decision on one {@code judge: model} checklist item: satisfied or not, or unscored with
 * a reason when the final answer did not cover it (never defaulted to pass or fail).
 */
public record ItemVerdict(String itemId, Optional<Boolean> satisfied, Optional<UnscoredReason> reason, String note) {
    public ItemVerdict {
        Objects.requireNonNull(itemId, "itemId");
        if (satisfied.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("an item verdict is either decided or unscored");
        }
        note = Objects.requireNonNullElse(note, "");
    }

    public static ItemVerdict decided(String id, boolean satisfied, String note) {
        return new ItemVerdict(id, Optional.of(satisfied), Optional.empty(), note);
    }

    public static ItemVerdict unscored(String id, UnscoredReason reason, String note) {
        return new ItemVerdict(id, Optional.empty(), Optional.of(reason), note);
    }
}
