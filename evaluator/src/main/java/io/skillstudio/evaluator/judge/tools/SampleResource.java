package io.skillstudio.evaluator.judge.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A resource built from one sample's own fields at run time (upstream's per-sample resources,
 * skillrm-format.md §5.3 and §6.2): listed after {@code use_skill} and viewable like a package file,
 * and runnable when {@code runner} is present. Never written to the package.
 *
 * @param path the virtual path upstream gives it ({@code sample/task_metadata.json}), or the id when it has none
 * @param index the entry the model sees in the resource index
 * @param content what {@code view_resource} returns
 * @param runner what {@code run_resource} returns as {@code result}; empty for view-only resources
 */
public record SampleResource(
        String id,
        String path,
        Map<String, Object> index,
        String content,
        Optional<Supplier<Map<String, Object>>> runner) {

    public SampleResource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
        content = Objects.requireNonNullElse(content, "");
        Objects.requireNonNull(runner, "runner");
    }

    public boolean runnable() {
        return runner.isPresent();
    }
}
