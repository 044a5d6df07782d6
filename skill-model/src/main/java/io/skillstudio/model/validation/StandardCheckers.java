package io.skillstudio.model.validation;

import java.util.List;

/** The checkers skill-model ships, in the order they run. */
final class StandardCheckers {

    private StandardCheckers() {}

    static List<PackageChecker> all() {
        return List.of();
    }
}
