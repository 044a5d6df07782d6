package io.skillstudio.model.validation;

import io.skillstudio.model.validation.checks.DescriptionChecker;
import io.skillstudio.model.validation.checks.FileContentChecker;
import io.skillstudio.model.validation.checks.FrontmatterChecker;
import io.skillstudio.model.validation.checks.IgnoredFileChecker;
import io.skillstudio.model.validation.checks.LockfileChecker;
import io.skillstudio.model.validation.checks.ManifestShapeChecker;
import io.skillstudio.model.validation.checks.NameChecker;
import io.skillstudio.model.validation.checks.RequiredFilesChecker;
import io.skillstudio.model.validation.checks.ResourceFieldChecker;
import io.skillstudio.model.validation.checks.ResourceIdChecker;
import io.skillstudio.model.validation.checks.ResourcePathChecker;
import io.skillstudio.model.validation.checks.RuntimeResourceChecker;
import io.skillstudio.model.validation.checks.UndeclaredIdChecker;
import io.skillstudio.model.validation.checks.UnreferencedFileChecker;
import io.skillstudio.model.validation.checks.VersionChecker;
import java.util.List;

/** The checkers skill-model ships, in the order they run. */
final class StandardCheckers {

    private StandardCheckers() {}

    static List<PackageChecker> all() {
        return List.of(
                new RequiredFilesChecker(),
                new FileContentChecker(),
                new FrontmatterChecker(),
                new NameChecker(),
                new DescriptionChecker(),
                new ManifestShapeChecker(),
                new ResourceIdChecker(),
                new ResourceFieldChecker(),
                new ResourcePathChecker(),
                new RuntimeResourceChecker(),
                new UndeclaredIdChecker(),
                new IgnoredFileChecker(),
                new UnreferencedFileChecker(),
                new VersionChecker(),
                new LockfileChecker());
    }
}
