package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a trace's flat event list into the step tree: run → resources read → one group per response
 * (model turns with their tool calls, verifier runs, aggregation) → final result. Pure: the same trace
 * always gives the same tree, keys included.
 *
 * <p>Trace v1 events carry no parent ids, so membership is inferred from order and fields: events with a
 * response index go to that response; model turns and tool calls (which have none) go to the response of
 * the next event that has one, because the judge runs for a response right before its items are scored;
 * a tool call nests under the latest model turn of the same step.
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
            return new Step(key, kind, title, Optional.ofNullable(event), response, failed,
                    children.stream().map(Node::freeze).toList());
        }
    }

    public static Step build(Trace trace) {
        List<TraceEvent> events = trace.events();
        int responses = events.stream().filter(e -> e instanceof TraceEvents.RunStarted)
                .map(e -> ((TraceEvents.RunStarted) e).responses()).findFirst().orElse(1);
        TraceEvents.RunStarted started = (TraceEvents.RunStarted) events.stream()
                .filter(e -> e instanceof TraceEvents.RunStarted).findFirst().orElse(null);
        Node root = started != null ? node(started, -1)
                : new Node(StepKind.RUN, "Run " + trace.sampleId(), null, -1, false);
        Map<Integer, Node> groups = new TreeMap<>();
        List<Node> pending = new ArrayList<>();
        List<Node> tail = new ArrayList<>();
        Node lastTurn = null;
        for (TraceEvent e : events) {
            if (e == started) {
                continue;
            }
            Integer response = responseOf(e);
            Node n = node(e, response == null ? -1 : response);
            if (e instanceof TraceEvents.ResourceViewed) {
                root.children.add(n);
            } else if (e instanceof ModelTurn) {
                pending.add(n);
                lastTurn = n;
            } else if (e instanceof ToolCall t && lastTurn != null && ((ModelTurn) lastTurn.event).step() == t.step()) {
                lastTurn.children.add(n);
            } else if (e instanceof ToolCall) {
                pending.add(n);
            } else if (response != null) {
                Node group = groups.computeIfAbsent(response, r -> new Node(StepKind.RESPONSE,
                        StepTitles.responseLabel(r, responses), null, r, false));
                group.children.addAll(pending);
                pending.clear();
                group.children.add(n);
            } else {
                tail.addAll(pending);
                pending.clear();
                tail.add(n);
            }
        }
        root.children.addAll(groups.values());
        root.children.addAll(pending);
        root.children.addAll(tail);
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
            return !f.decision().isScored();
        }
        if (e instanceof ModelTurn m) {
            return m.error() != null;
        }
        if (e instanceof ToolCall t) {
            return !t.ok();
        }
        return e instanceof TraceEvents.Error;
    }

    /** The response index an event names, or null. */
    static Integer responseOf(TraceEvent e) {
        if (e instanceof TraceEvents.VerifierRun v) {
            return v.response();
        }
        if (e instanceof TraceEvents.Aggregation a) {
            return a.response();
        }
        if (e instanceof TraceEvents.Error err) {
            return err.response();
        }
        return null;
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
