package io.skillstudio.model.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths found by walking up from the working directory: folders of the repository (the sample skills)
 * and the {@code shared/data} folder beside a checkout (parity data, upstream packages, benchmark
 * inputs). Maven runs each module in its own directory and a user runs {@code skillstudio bench} from
 * anywhere in the checkout, so tests, benchmarks and the bench command all look upwards, with this one
 * walk.
 */
public final class CheckoutPaths {

    private static final Path SHARED_DATA = Path.of("shared", "data");

    private CheckoutPaths() {}

    /** The first {@code dir/relative} that exists, for the working directory and each of its ancestors. */
    public static Optional<Path> nearest(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The nearest {@code shared/data} folder, if there is one above the working directory. */
    public static Optional<Path> sharedData() {
        return nearest(SHARED_DATA).filter(Files::isDirectory);
    }

    /** {@code relative} (for example {@code "ifeval/x.jsonl"}) under the nearest shared/data, if it exists. */
    public static Optional<Path> sharedData(String relative) {
        return sharedData().map(root -> root.resolve(relative)).filter(Files::exists);
    }
}
