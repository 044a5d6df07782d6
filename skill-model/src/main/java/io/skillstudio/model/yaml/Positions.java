package io.skillstudio.model.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Looks up source positions of keys and values in a composed YAML tree. */
public final class Positions {

    private Positions() {}

    /** A 1-based line and column plus the 0-based character offsets of a node. */
    public record Span(int line, int column, int startOffset, int endOffset) {}

    public static Span of(Node node) {
        return new Span(
                node.getStartMark().getLine() + 1,
                node.getStartMark().getColumn() + 1,
                node.getStartMark().getIndex(),
                node.getEndMark().getIndex());
    }

    public static Optional<NodeTuple> entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) {
            return Optional.empty();
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<Span> keySpan(Node mapping, String key) {
        return entry(mapping, key).map(t -> of(t.getKeyNode()));
    }

    public static Optional<Span> valueSpan(Node mapping, String key) {
        return entry(mapping, key).map(t -> of(t.getValueNode()));
    }
}
