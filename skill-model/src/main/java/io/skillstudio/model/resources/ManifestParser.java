package io.skillstudio.model.resources;

import io.skillstudio.model.yaml.Positions;
import io.skillstudio.model.yaml.YamlParse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads resources.yaml the way upstream's {@code parse_skill_manifest} does, keeping positions. */
final class ManifestParser {

    private ManifestParser() {}

    static ResourceManifest parse(String text) {
        if (text.isBlank()) {
            return new ResourceManifest(text, ManifestShape.EMPTY, List.of(), List.of(), Optional.empty(), 0, 0);
        }
        YamlParse.Result result = YamlParse.parse(text);
        if (!result.ok()) {
            YamlParse.YamlError e = result.error().orElseThrow();
            return new ResourceManifest(
                    text, ManifestShape.INVALID, List.of(), List.of(), Optional.of(e.message()), e.line(), e.column());
        }
        if (result.node().isEmpty()) {
            return new ResourceManifest(text, ManifestShape.EMPTY, List.of(), List.of(), Optional.empty(), 0, 0);
        }
        Node root = result.node().get();
        Positions at = Positions.in(text);
        List<ResourceEntry> entries = new ArrayList<>();
        List<Positions.Span> dropped = new ArrayList<>();
        if (root instanceof SequenceNode seq) {
            collect(at, "", seq, (List<?>) result.value(), entries, dropped);
            return new ResourceManifest(text, ManifestShape.LIST, entries, dropped, Optional.empty(), 0, 0);
        }
        if (root instanceof MappingNode && result.value() instanceof Map<?, ?> map) {
            for (String section : List.of("resources", "runtime_resources")) {
                Optional<NodeTuple> tuple = Positions.entry(root, section);
                if (tuple.isPresent()
                        && tuple.get().getValueNode() instanceof SequenceNode seq
                        && map.get(section) instanceof List<?> values) {
                    collect(at, section, seq, values, entries, dropped);
                }
            }
            return new ResourceManifest(text, ManifestShape.MAPPING, entries, dropped, Optional.empty(), 0, 0);
        }
        Positions.Span top = at.of(root);
        return new ResourceManifest(
                text,
                ManifestShape.INVALID,
                List.of(),
                List.of(),
                Optional.of("top level must be a list of resources or a mapping with 'resources'"),
                top.line(),
                top.column());
    }

    private static void collect(
            Positions at,
            String section,
            SequenceNode seq,
            List<?> values,
            List<ResourceEntry> entries,
            List<Positions.Span> dropped) {
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size() && i < values.size(); i++) {
            Node item = items.get(i);
            if (!(item instanceof MappingNode mapping) || !(values.get(i) instanceof Map<?, ?> value)) {
                dropped.add(at.of(item));
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            value.forEach((k, v) -> fields.put(String.valueOf(k), v));
            Map<String, Positions.Span> positions = new HashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    positions.put(key.getValue(), at.of(t.getKeyNode()));
                    positions.put(key.getValue() + "#value", at.of(t.getValueNode()));
                }
            }
            entries.add(new ResourceEntry(section, i, fields, at.of(item), positions));
        }
    }
}
