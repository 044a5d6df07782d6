package io.skillstudio.model.resources;

import io.skillstudio.model.yaml.Positions;
import io.skillstudio.model.yaml.YamlParse;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Structured edits of resources.yaml done as text splices, so everything outside the edited lines,
 * comments and unknown keys included, stays byte for byte. Each method takes the current text and
 * returns the new text; it throws {@link EditException} when the text cannot be edited structurally
 * (it does not parse, or the entry is not where the caller thinks).
 */
public final class ManifestEditor {

    private ManifestEditor() {}

    /** The text cannot be edited structurally; the caller keeps the text as it is. */
    public static final class EditException extends RuntimeException {
        public EditException(String message) {
            super(message);
        }
    }

    /** Sets (or adds) one field of the entry at {@code index} of {@code section}. */
    public static String setField(String text, String section, int index, String key, Object value) {
        Located at = locate(text, section, index);
        TextSplice s = new TextSplice(text);
        Optional<NodeTuple> existing = Positions.entry(at.item(), key);
        if (existing.isPresent()) {
            Node valueNode = existing.get().getValueNode();
            int start = s.at(valueNode.getStartMark());
            // A block list may only replace a block list: after "key: [a]" or "key: a" on the same line it
            // would not parse, so there the new list is written in flow style.
            boolean blockList = valueNode instanceof SequenceNode q
                    && q.getFlowStyle() != DumperOptions.FlowStyle.FLOW
                    && !q.getValue().isEmpty();
            String rendered = blockList
                    ? YamlValues.render(value, " ".repeat(start - s.lineStart(start)), s.newline())
                    : YamlValues.scalar(value);
            return checked(s.replace(start, end(s, valueNode), rendered));
        }
        String indent = " ".repeat(firstKeyColumn(s, at.item()));
        String line = s.newline() + indent + key + ":" + YamlValues.renderAfterKey(value, indent, s.newline());
        return checked(s.insert(s.lineEnd(end(s, at.item())), line));
    }

    /** Removes one field of an entry; a no-op when the field is absent. */
    public static String removeField(String text, String section, int index, String key) {
        Located at = locate(text, section, index);
        Optional<NodeTuple> existing = Positions.entry(at.item(), key);
        if (existing.isEmpty()) {
            return text;
        }
        if (at.item().getValue().size() == 1) {
            throw new EditException("cannot remove the only field of an entry; remove the entry instead");
        }
        TextSplice s = new TextSplice(text);
        int keyStart = s.at(existing.get().getKeyNode().getStartMark());
        if (existing.get() == at.item().getValue().get(0)) {
            // The first key shares its line with the dash: keep "- " and pull the next key up.
            Node nextKey = at.item().getValue().get(1).getKeyNode();
            return checked(s.cut(keyStart, s.at(nextKey.getStartMark())));
        }
        return checked(s.removeLines(keyStart, end(s, existing.get().getValueNode())));
    }

    /** Appends a resource to {@code resources} (or to the list, for the list shape). */
    public static String addResource(String text, Map<String, Object> fields) {
        TextSplice s = new TextSplice(text);
        YamlParse.Result parsed = parseOrThrow(text);
        Optional<SequenceNode> seq = parsed.node().flatMap(ManifestEditor::mainSequence);
        String nl = s.newline();
        if (seq.isPresent() && !seq.get().getValue().isEmpty()) {
            Node last = seq.get().getValue().get(seq.get().getValue().size() - 1);
            int dash = s.dashBefore(s.at(last.getStartMark()));
            int dashColumn = dash - s.lineStart(dash);
            int itemColumn = s.at(last.getStartMark()) - s.lineStart(dash);
            String block = YamlValues.renderEntry(fields, " ".repeat(dashColumn), itemColumn - dashColumn, nl);
            return checked(s.insert(s.lineEnd(end(s, last)), nl + block));
        }
        if (parsed.node().isEmpty()) {
            String prefix = text.isEmpty() || text.endsWith("\n") ? text : text + nl;
            return checked(prefix + "resources:" + nl + YamlValues.renderEntry(fields, "  ", 2, nl) + nl);
        }
        Optional<NodeTuple> resources = Positions.entry(parsed.node().get(), "resources");
        if (resources.isPresent()
                && resources.get().getValueNode() instanceof ScalarNode empty
                && empty.getValue().isEmpty()) {
            int keyEnd = s.at(resources.get().getKeyNode().getEndMark());
            int lineEnd = s.lineEnd(keyEnd);
            return checked(s.insert(lineEnd, nl + YamlValues.renderEntry(fields, "  ", 2, nl)));
        }
        throw new EditException("resources.yaml has no resource list to add to");
    }

    /** Removes the entry at {@code index} of {@code section}, with its lines. */
    public static String removeResource(String text, String section, int index) {
        Located at = locate(text, section, index);
        TextSplice s = new TextSplice(text);
        int dash = s.dashBefore(s.at(at.item().getStartMark()));
        return checked(s.removeLines(dash, end(s, at.item())));
    }

    /** Moves the entry at {@code from} to position {@code to} within its section. */
    public static String moveResource(String text, String section, int from, int to) {
        Located at = locate(text, section, from);
        int size = at.sequence().getValue().size();
        if (to < 0 || to >= size) {
            throw new EditException("no position " + to + " in " + describe(section));
        }
        if (from == to) {
            return text;
        }
        TextSplice s = new TextSplice(text);
        int start = s.lineStart(s.dashBefore(s.at(at.item().getStartMark())));
        int stop = s.lineEndIncludingNewline(end(s, at.item()) - 1);
        String block = s.chars(start, stop);
        String nl = s.newline();
        if (!block.endsWith("\n")) {
            block = block + nl;
        }
        String without = s.cut(start, stop);
        if (!without.endsWith("\n") && to == size - 1) {
            without = without + nl;
            block = block.substring(0, block.length() - nl.length());
        }
        TextSplice w = new TextSplice(without);
        if (to == size - 1) {
            Located last = locate(without, section, size - 2);
            return checked(w.insert(w.lineEndIncludingNewline(end(w, last.item()) - 1), block));
        }
        Located target = locate(without, section, to);
        return checked(w.insert(w.lineStart(w.dashBefore(w.at(target.item().getStartMark()))), block));
    }

    record Located(SequenceNode sequence, MappingNode item) {}

    /** Every edit is re-parsed: an edit that would leave the file unparseable is refused, not written. */
    private static String checked(String edited) {
        YamlParse.Result r = YamlParse.parse(edited);
        if (!r.ok()) {
            YamlParse.YamlError e = r.error().orElseThrow();
            throw new EditException("the edit would make resources.yaml invalid (" + e.line() + ":" + e.column() + " "
                    + e.message() + "); edit it as text");
        }
        return edited;
    }

    private static Located locate(String text, String section, int index) {
        YamlParse.Result parsed = parseOrThrow(text);
        Node root = parsed.node().orElseThrow(() -> new EditException("resources.yaml is empty"));
        Node seqNode = section.isEmpty()
                ? root
                : Positions.entry(root, section)
                        .map(NodeTuple::getValueNode)
                        .orElseThrow(() -> new EditException("no '" + section + "' list"));
        if (!(seqNode instanceof SequenceNode seq)) {
            throw new EditException(describe(section) + " is not a list");
        }
        if (index < 0 || index >= seq.getValue().size()) {
            throw new EditException("no entry " + index + " in " + describe(section));
        }
        if (!(seq.getValue().get(index) instanceof MappingNode item)) {
            throw new EditException("entry " + index + " of " + describe(section) + " is not a mapping");
        }
        if (item.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw new EditException("entry " + index + " is written in flow style {...}; edit it as text");
        }
        return new Located(seq, item);
    }

    private static Optional<SequenceNode> mainSequence(Node root) {
        if (root instanceof SequenceNode s) {
            return Optional.of(s);
        }
        return Positions.entry(root, "resources")
                .map(NodeTuple::getValueNode)
                .filter(SequenceNode.class::isInstance)
                .map(SequenceNode.class::cast);
    }

    private static YamlParse.Result parseOrThrow(String text) {
        YamlParse.Result parsed = YamlParse.parse(text);
        if (!parsed.ok()) {
            YamlParse.YamlError e = parsed.error().orElseThrow();
            throw new EditException("resources.yaml does not parse (" + e.line() + ":" + e.column() + " " + e.message()
                    + "); fix the text first");
        }
        return parsed;
    }

    private static int firstKeyColumn(TextSplice s, MappingNode item) {
        Node first = item.getValue().isEmpty() ? item : item.getValue().get(0).getKeyNode();
        int at = s.at(first.getStartMark());
        return at - s.lineStart(at);
    }

    /**
     * Char index just past the last real character of a node. Block collections and block scalars end
     * at the start of whatever follows, which would swallow newlines and comments, so trim back.
     */
    static int end(TextSplice s, Node node) {
        Node last = node;
        while (true) {
            if (last instanceof MappingNode m
                    && !m.getValue().isEmpty()
                    && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
                last = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (last instanceof SequenceNode q
                    && !q.getValue().isEmpty()
                    && q.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
                last = q.getValue().get(q.getValue().size() - 1);
            } else {
                break;
            }
        }
        return s.trimBack(s.at(last.getEndMark()));
    }

    private static String describe(String section) {
        return section.isEmpty() ? "the resource list" : "'" + section + "'";
    }
}
