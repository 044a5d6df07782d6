package io.skillstudio.model.bundle;

import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import io.skillstudio.model.load.UpstreamFileRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code files} map upstream's R1 loader returns (skillrm-format.md §1.1): kept paths to decoded
 * text, with universal newlines for a folder and none for a zip.
 */
public final class UpstreamFileMap {

    private UpstreamFileMap() {}

    public static Map<String, String> of(SkillPackage pkg) {
        Map<String, String> out = new TreeMap<>();
        for (PackageFile f : pkg.files()) {
            if (UpstreamFileRules.isLoaded(f.path())) {
                String text = f.text().orElse("<not UTF-8: " + f.status() + ">");
                out.put(f.path(), pkg.kind() == SourceKind.DIRECTORY ? PackageHashes.universalNewlines(text) : text);
            }
        }
        return out;
    }

    /** Paths only one side has or whose text differs. */
    static List<String> differences(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!b.containsKey(k)) {
                out.add("missing " + k);
            } else if (!b.get(k).equals(v)) {
                out.add("differs " + k);
            }
        });
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> out.add("extra " + k));
        return out;
    }
}
