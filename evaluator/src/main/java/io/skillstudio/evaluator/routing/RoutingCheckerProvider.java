package io.skillstudio.evaluator.routing;

import io.skillstudio.model.validation.PackageChecker;
import io.skillstudio.model.validation.PackageCheckerProvider;
import java.util.List;

/** Registers the description-collision warning (SKL080) with the validator, as the checklist checker is. */
public final class RoutingCheckerProvider implements PackageCheckerProvider {

    @Override
    public List<PackageChecker> checkers() {
        return List.of(new CollisionCheck());
    }
}
