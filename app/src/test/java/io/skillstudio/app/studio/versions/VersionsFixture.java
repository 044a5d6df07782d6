package io.skillstudio.app.studio.versions;

import io.skillstudio.model.testing.RealPackages;
import java.nio.file.Path;

/** A copy of the sample skill (with its sample set) in a test folder. */
public final class VersionsFixture {

    private VersionsFixture() {}

    public static Path copySample(Path dir) {
        return RealPackages.copy(RealPackages.sampleSkill("if-checklist-pointwise"), dir, "if-checklist-pointwise");
    }
}
