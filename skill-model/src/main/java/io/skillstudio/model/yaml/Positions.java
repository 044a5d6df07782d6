package io.skillstudio.model.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Source positions of nodes in a composed YAML tree, in the units every other diagnostic uses: 1-based
 * lines and columns counted in UTF-16 chars (Java string indices, as the editor counts). SnakeYAML's
 * marks count code points, so an emoji earlier on a line would otherwise shift every column after it.
 */
public final class Positions {

    /** A 1-based line and column plus the 0-based char offsets of a node. */
    public record Span(int line, int column, int startOffset, int endOffset) {}

    private final String text;
    private final boolean astral;

    private Positions(String text) {
        this.text = text;
        this.astral = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    /** Positions in {@code text}, the exact string that was parsed. */
    public static Positions in(String text) {
        return new Positions(text);
    }

    public Span of(Node node) {
        int start = charIndex(node.getStartMark());
        int end = charIndex(node.getEndMark());
        return new Span(node.getStartMark().getLine() + 1, column(node.getStartMark(), start), start, end);
    }

    /** 1-based char column of a mark (SnakeYAML error marks included). */
    public int column(Mark mark) {
        return column(mark, charIndex(mark));
    }

    public Optional<Span> keySpan(Node mapping, String key) {
        return entry(mapping, key).map(t -> of(t.getKeyNode()));
    }

    public Optional<Span> valueSpan(Node mapping, String key) {
        return entry(mapping, key).map(t -> of(t.getValueNode()));
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

    private int charIndex(Mark mark) {
        int cp = mark.getIndex();
        if (!astral) {
            return Math.min(cp, text.length());
        }
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(cp, total));
    }

    private int column(Mark mark, int charIndex) {
        if (!astral) {
            return mark.getColumn() + 1;
        }
        int lineStart = charIndex;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return charIndex - lineStart + 1;
    }
}
