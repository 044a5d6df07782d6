package io.skillstudio.model.versioning.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Field-by-field comparison of two mappings and of two keyed item lists. */
public final class FieldDiffs {

    private FieldDiffs() {}

    /** Keys whose values differ, in the older side's key order, then keys only the newer side has. */
    public static List<FieldChange> compare(String prefix, Map<String, ?> before, Map<String, ?> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            Object b = before.get(k);
            Object a = after.get(k);
            if (!Objects.equals(b, a)) {
                out.add(new FieldChange(prefix + k, b, a));
            }
        }
        return out;
    }

    /**
     * Items matched by id: removed (in old order), then added and changed (in new order). Items
     * without a stable id should be given one by the caller (e.g. {@code #3} for the fourth item).
     */
    public static List<ItemChange> compareItems(
            Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after) {
        List<ItemChange> out = new ArrayList<>();
        before.forEach((id, fields) -> {
            if (!after.containsKey(id)) {
                out.add(new ItemChange(id, ChangeKind.REMOVED, compare("", fields, Map.of())));
            }
        });
        after.forEach((id, fields) -> {
            if (!before.containsKey(id)) {
                out.add(new ItemChange(id, ChangeKind.ADDED, compare("", Map.of(), fields)));
            } else {
                List<FieldChange> changed = compare("", before.get(id), fields);
                if (!changed.isEmpty()) {
                    out.add(new ItemChange(id, ChangeKind.CHANGED, changed));
                }
            }
        });
        return out;
    }
}
