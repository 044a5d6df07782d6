package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.checklist.ChecklistParser;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import java.util.Optional;

/**
 * Which package file (and line) a step used: the checklist file a resource step read, the line of the
 * checklist item a verifier step decided, the {@code aggregation:} block of an aggregation, the resource
 * a tool call viewed or ran. Items carried by the sample itself have no file in the package.
 */
public final class ResourceLinks {

    private final SkillPackage pkg;
    private final String checklistFile;

    /** @param root the trace's tree, whose resource steps say which checklist file the run read */
    public ResourceLinks(SkillPackage pkg, Step root) {
        this.pkg = pkg;
        this.checklistFile = root.children().stream()
                .flatMap(s -> s.event().stream())
                .filter(e ->
                        e instanceof TraceEvents.ResourceViewed v && !v.path().isEmpty())
                .map(e -> ((TraceEvents.ResourceViewed) e).path())
                .findFirst()
                .orElse("");
    }

    public Optional<ResourceTarget> of(Step step) {
        if (step.event().isEmpty()) {
            return Optional.empty();
        }
        TraceEvent e = step.event().get();
        if (e instanceof TraceEvents.ResourceViewed v) {
            return v.path().isEmpty() || pkg.textOf(v.path()).isEmpty()
                    ? Optional.empty()
                    : Optional.of(new ResourceTarget(v.path(), 1));
        }
        if (e instanceof TraceEvents.VerifierRun v) {
            return item(v.item());
        }
        if (e instanceof TraceEvents.Error err && err.item() != null) {
            return item(err.item());
        }
        if (e instanceof TraceEvents.Aggregation) {
            return lineStarting(checklistFile, "aggregation:");
        }
        if (e instanceof ToolCall t) {
            return tool(t);
        }
        return Optional.empty();
    }

    private Optional<ResourceTarget> item(String id) {
        Optional<String> text = checklistFile.isEmpty() ? Optional.empty() : pkg.textOf(checklistFile);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return ChecklistParser.parse(text.get(), checklistFile).checklist().items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .flatMap(i -> i.positionOf("item"))
                .map(span -> new ResourceTarget(checklistFile, span.line()));
    }

    private Optional<ResourceTarget> lineStarting(String file, String prefix) {
        Optional<String> text = file.isEmpty() ? Optional.empty() : pkg.textOf(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.get().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return Optional.of(new ResourceTarget(file, i + 1));
            }
        }
        return Optional.of(new ResourceTarget(file, 1));
    }

    private Optional<ResourceTarget> tool(ToolCall t) {
        Object path = t.result().get("path");
        if (path instanceof String p
                && pkg.textOf(UpstreamResourcePaths.normalize(p)).isPresent()) {
            return Optional.of(new ResourceTarget(UpstreamResourcePaths.normalize(p), 1));
        }
        Object id = t.result().get("resource_id");
        if (id instanceof String rid) {
            return pkg.manifest()
                    .flatMap(m -> m.byId(rid))
                    .flatMap(UpstreamResourcePaths::resolve)
                    .map(UpstreamResourcePaths::normalize)
                    .filter(p -> pkg.textOf(p).isPresent())
                    .map(p -> new ResourceTarget(p, 1));
        }
        return Optional.empty();
    }
}
