package io.skillstudio.evaluator.sample;

import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns IFEval's {@code instruction_id_list} + {@code kwargs} (a list aligned with the ids) into checklist
 * items whose verifier is the instruction id itself, as the IFEval verifiers are registered under it.
 */
final class IfevalItems {

    private IfevalItems() {}

    static List<ChecklistItem> read(Map<String, Object> raw, String source, int column) {
        if (!(raw.get("instruction_id_list") instanceof List<?> ids)
                || !ids.stream().allMatch(String.class::isInstance)) {
            throw new SampleFields.BadField("'instruction_id_list' must be a list of strings", column);
        }
        Object kw = raw.get("kwargs");
        List<?> kwargs = kw == null ? null : kw instanceof List<?> l ? l : null;
        if (kw != null && kwargs == null) {
            throw new SampleFields.BadField("'kwargs' must be a list aligned with 'instruction_id_list'", column);
        }
        if (kwargs != null && kwargs.size() != ids.size()) {
            throw new SampleFields.BadField(
                    "'kwargs' has " + kwargs.size() + " entries for " + ids.size()
                            + " instruction ids; they must be aligned",
                    column);
        }
        List<ChecklistItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = (String) ids.get(i);
            Object k = kwargs == null ? null : kwargs.get(i);
            if (k != null && !(k instanceof Map)) {
                throw new SampleFields.BadField("kwargs[" + i + "] must be an object or null", column);
            }
            int n = seen.merge(id, 1, Integer::sum);
            String itemId = n == 1 ? id : id + "#" + n;
            items.add(new ChecklistItem(
                    itemId,
                    "IFEval instruction " + id,
                    ItemSeverity.MAJOR,
                    1,
                    Optional.of(id),
                    withoutNulls((Map<?, ?>) k),
                    false,
                    source,
                    Map.of()));
        }
        return items;
    }

    // Hugging Face exports of IFEval fill every kwarg name with null; IFEval itself ignores them.
    private static Map<String, Object> withoutNulls(Map<?, ?> kwargs) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (kwargs != null) {
            kwargs.forEach((key, v) -> {
                if (v != null) {
                    out.put(String.valueOf(key), v);
                }
            });
        }
        return out;
    }
}
