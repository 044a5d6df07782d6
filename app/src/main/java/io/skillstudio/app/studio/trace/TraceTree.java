package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a trace's flat event list into the step tree: run → resources read → one group per response
 * (model turns with their tool calls, verifier runs, aggregation) → final result. Pure: the same trace
 * always gives the same tree, keys included.
 *
 * <p>Two transforms, both pure: events nest under their parent id (trace v2; version 1 files are lifted
 * to v2 parents by the evaluator's reader), then the root's steps that concern one response are grouped
 * under a node for that response.
 */
public final class TraceTree {

    private TraceTree() {}

    /** Mutable node used while building; frozen into {@link Step}s at the end. */
    private static final class Node {
        final StepKind kind;
        final String title;
        final TraceEvent event;
        final int response;
        final boolean failed;
        final List<Node> children = new ArrayList<>();
        String key;

        Node(StepKind kind, String title, TraceEvent event, int response, boolean failed) {
            this.kind = kind;
            this.title = title;
            this.event = event;
            this.response = response;
            this.failed = failed;
        }

        Step freeze() {
            return new Step(
                    key,
                    kind,
                    title,
                    Optional.ofNullable(event),
                    response,
                    failed,
                    children.stream().map(Node::freeze).toList());
        }
    }

    public static Step build(Trace trace) {
        List<TraceEvent> events = trace.events();
        int responses = events.stream()
                .filter(e -> e instanceof TraceEvents.RunStarted)
                .map(e -> ((TraceEvents.RunStarted) e).responses())
                .findFirst()
                .orElse(1);
        // 1. nest by parent id; an event whose parent is missing hangs under the root
        Map<String, Node> byId = new LinkedHashMap<>();
        for (TraceEvent e : events) {
            byId.putIfAbsent(e.id(), node(e, e.response() == null ? -1 : e.response()));
        }
        Node root = events.stream()
                .filter(e -> e.parent() == null && e instanceof TraceEvents.RunStarted)
                .findFirst()
                .map(e -> byId.get(e.id()))
                .orElseGet(() -> new Node(StepKind.RUN, "Run " + trace.sampleId(), null, -1, false));
        for (TraceEvent e : events) {
            Node n = byId.get(e.id());
            if (n == root || n.event != e) {
                continue;
            }
            Node parent = e.parent() == null ? null : byId.get(e.parent());
            (parent == null || parent == n ? root : parent).children.add(n);
        }
        // 2. group the root's per-response steps under one node per response, in first-seen order
        Map<Integer, Node> groups = new TreeMap<>();
        List<Node> top = new ArrayList<>();
        for (Node c : root.children) {
            if (c.response >= 0) {
                Node group = groups.computeIfAbsent(
                        c.response,
                        r -> new Node(StepKind.RESPONSE, StepTitles.responseLabel(r, responses), null, r, false));
                if (group.children.isEmpty()) {
                    top.add(group);
                }
                group.children.add(c);
            } else {
                top.add(c);
            }
        }
        root.children.clear();
        root.children.addAll(top);
        assignKeys(root, "", new HashMap<>());
        return root.freeze();
    }

    private static Node node(TraceEvent e, int response) {
        return new Node(kindOf(e), StepTitles.of(e), e, response, failed(e));
    }

    static StepKind kindOf(TraceEvent e) {
        if (e instanceof TraceEvents.RunStarted) {
            return StepKind.RUN;
        }
        if (e instanceof TraceEvents.ResourceViewed) {
            return StepKind.RESOURCE;
        }
        if (e instanceof ModelTurn) {
            return StepKind.MODEL_TURN;
        }
        if (e instanceof ToolCall) {
            return StepKind.TOOL_CALL;
        }
        if (e instanceof TraceEvents.VerifierRun) {
            return StepKind.VERIFIER;
        }
        if (e instanceof TraceEvents.Aggregation) {
            return StepKind.AGGREGATION;
        }
        if (e instanceof TraceEvents.Warning) {
            return StepKind.WARNING;
        }
        return e instanceof TraceEvents.FinalResult ? StepKind.FINAL : StepKind.ERROR;
    }

    private static boolean failed(TraceEvent e) {
        if (e instanceof TraceEvents.VerifierRun v) {
            return !StepTitles.passed(v);
        }
        if (e instanceof TraceEvents.Aggregation a) {
            return !a.breakdown().score().isScored();
        }
        if (e instanceof TraceEvents.FinalResult f) {
            return !f.decision().hasValue();
        }
        if (e instanceof ModelTurn m) {
            return m.error() != null;
        }
        if (e instanceof ToolCall t) {
            return !t.ok();
        }
        return e instanceof TraceEvents.Error;
    }

    // Keys name what a step is about (kind, response, item or tool), numbered when it repeats, so the same
    // step of the same sample in another run gets the same key even if timings and ids differ.
    private static void assignKeys(Node n, String parentKey, Map<String, Integer> seen) {
        String base = parentKey + "/" + n.kind + ":" + subject(n);
        int occurrence = seen.merge(base, 1, Integer::sum);
        n.key = occurrence == 1 ? base : base + "#" + occurrence;
        for (Node c : n.children) {
            assignKeys(c, n.key, seen);
        }
    }

    private static String subject(Node n) {
        TraceEvent e = n.event;
        if (e instanceof TraceEvents.VerifierRun v) {
            return v.item();
        }
        if (e instanceof TraceEvents.Error err) {
            return String.valueOf(err.item());
        }
        if (e instanceof TraceEvents.ResourceViewed r) {
            return r.resourceId();
        }
        if (e instanceof ModelTurn m) {
            return "step" + m.step();
        }
        if (e instanceof ToolCall t) {
            return t.name();
        }
        return n.response >= 0 ? String.valueOf(n.response) : "";
    }
}
