package io.skillstudio.model.resources;

import io.skillstudio.model.yaml.Positions;
import java.util.List;
import java.util.Optional;

/**
 * resources.yaml as upstream reads it: entries of {@code resources} then {@code runtime_resources}
 * (or of the list), in file order. {@link #dropped()} are the items upstream silently drops.
 */
public record ResourceManifest(
        String text,
        ManifestShape shape,
        List<ResourceEntry> entries,
        List<Positions.Span> dropped,
        Optional<String> parseError,
        int parseErrorLine,
        int parseErrorColumn) {

    public ResourceManifest {
        entries = List.copyOf(entries);
        dropped = List.copyOf(dropped);
    }

    public Optional<ResourceEntry> byId(String id) {
        return entries.stream()
                .filter(e -> e.id().filter(id::equals).isPresent())
                .findFirst();
    }

    public static ResourceManifest parse(String text) {
        return ManifestParser.parse(text);
    }
}
