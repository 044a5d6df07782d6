package io.skillstudio.evaluator.checklist;

import io.skillstudio.model.yaml.Positions;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds source positions while reading plain values, so the same reader serves YAML files (exact
 * positions) and JSON sample lines (the line's position for everything).
 */
public interface Locator {

    /** Span of this value. */
    Optional<Positions.Span> self();

    /** Span of a key of this mapping. */
    Optional<Positions.Span> key(String key);

    /** Locator of the value under a key of this mapping. */
    Locator child(String key);

    /** Locator of the i-th element of this sequence. */
    Locator element(int index);

    /** A locator that knows nothing: every lookup is empty. */
    static Locator none() {
        return fixed(null);
    }

    /** A locator that answers one span for every lookup (a JSONL line). */
    static Locator fixed(Positions.Span span) {
        return new Locator() {
            public Optional<Positions.Span> self() {
                return Optional.ofNullable(span);
            }

            public Optional<Positions.Span> key(String key) {
                return self();
            }

            public Locator child(String key) {
                return this;
            }

            public Locator element(int index) {
                return this;
            }
        };
    }

    /** A locator over a composed SnakeYAML node tree parsed from {@code text}. */
    static Locator yaml(Node node, String text) {
        return yaml(node, Positions.in(text));
    }

    private static Locator yaml(Node node, Positions at) {
        return new Locator() {
            public Optional<Positions.Span> self() {
                return Optional.ofNullable(node).map(at::of);
            }

            public Optional<Positions.Span> key(String key) {
                return node == null ? Optional.empty() : at.keySpan(node, key);
            }

            public Locator child(String key) {
                return yaml(
                        node == null
                                ? null
                                : Positions.entry(node, key)
                                        .map(t -> t.getValueNode())
                                        .orElse(null),
                        at);
            }

            public Locator element(int index) {
                if (node instanceof SequenceNode seq && index < seq.getValue().size()) {
                    return yaml(seq.getValue().get(index), at);
                }
                return yaml(null, at);
            }
        };
    }
}
