package io.skillstudio.evaluator.testsupport;

import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** In-memory packages for tests. */
public final class Packages {

    private Packages() {}

    public static final String SKILL_MD =
            "---\nname: test-skill\ndescription: A test skill.\nmetadata:\n  version: \"1.2.0\"\n---\n# Test\n";

    /** A package with SKILL.md, a resources.yaml declaring one checklist, and that checklist. */
    public static SkillPackage withChecklist(String path, String checklistText) {
        String resources =
                "resources:\n  - id: test.checklist\n    type: checklist\n    implementation_kind: reference\n"
                        + "    path: " + path + "\n";
        return of(SKILL_MD, resources, path, checklistText);
    }

    /** Files given as alternating path, text. */
    public static SkillPackage of(String skillMd, String resources, String... pathsAndTexts) {
        List<PackageFile> files = new ArrayList<>();
        files.add(PackageFile.of("SKILL.md", skillMd.getBytes(StandardCharsets.UTF_8)));
        files.add(PackageFile.of("resources.yaml", resources.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < pathsAndTexts.length; i += 2) {
            files.add(PackageFile.of(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return new SkillPackage(Path.of("mem"), SourceKind.DIRECTORY, "test-skill", files, List.of());
    }
}
