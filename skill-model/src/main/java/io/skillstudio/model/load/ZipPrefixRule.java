package io.skillstudio.model.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wrapper-folder rule. {@link #upstream} is upstream's {@code common_zip_prefix} exactly
 * (skillrm-format.md §1.3); {@link #studio} is what we use, which ignores OS metadata and never strips
 * a folder when SKILL.md sits at the root.
 */
final class ZipPrefixRule {

    private ZipPrefixRule() {}

    static String upstream(List<String> names) {
        Set<String> firsts = new LinkedHashSet<>();
        for (String n : names) {
            int slash = n.indexOf('/');
            if (slash >= 0) {
                firsts.add(n.substring(0, slash));
            }
        }
        return firsts.size() == 1 ? firsts.iterator().next() + "/" : "";
    }

    static String studio(List<String> names) {
        List<String> real = names.stream().filter(n -> !isOsMetadata(n)).toList();
        if (real.contains(UpstreamFileRules.SKILL_MD)) {
            return "";
        }
        String prefix = upstream(real);
        boolean allInside = !prefix.isEmpty() && real.stream().allMatch(n -> n.startsWith(prefix));
        return allInside ? prefix : "";
    }

    static boolean isOsMetadata(String name) {
        String base = name.substring(name.lastIndexOf('/', name.length() - 2) + 1);
        return name.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.startsWith("._");
    }
}
