package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.run.Evaluation;
import java.io.IOException;

/**
 * Receives a run's finished samples in sample order, one at a time, from the run's coordinator thread
 * (never concurrently), so results and traces can be streamed to disk.
 */
public interface ResultSink {

    /** Keeps nothing (the listener sees every sample anyway). */
    ResultSink NONE = evaluation -> {};

    void accept(Evaluation evaluation) throws IOException;
}
