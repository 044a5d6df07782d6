package io.skillstudio.evaluator.judge.loop;

import io.skillstudio.evaluator.judge.trace.JudgeEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Sequential event ids ({@code j1}, {@code j2}, ...) and start instants for one reward call. */
final class EventLog {
    private final Clock clock;
    private final List<JudgeEvent> events = new ArrayList<>();
    private int next = 1;

    EventLog(Clock clock) {
        this.clock = clock;
    }

    record Stamp(String id, String timestamp, long startNanos) {
        double elapsedMs() {
            return (System.nanoTime() - startNanos) / 1e6;
        }
    }

    Stamp start() {
        return new Stamp("j" + next++, clock.instant().toString(), System.nanoTime());
    }

    void add(JudgeEvent e) {
        events.add(e);
    }

    List<JudgeEvent> events() {
        return events;
    }
}
