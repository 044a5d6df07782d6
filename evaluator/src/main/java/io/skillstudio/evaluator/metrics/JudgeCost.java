package io.skillstudio.evaluator.metrics;

import io.skillstudio.evaluator.judge.cost.CostSummary;
import io.skillstudio.evaluator.judge.cost.RlProjection;

/**
 * The model judge's cost over a run, per reward call (one sample), and its projection to an RL run
 * when one was asked for; {@link SummaryBuilder} collects it.
 */
public record JudgeCost(CostSummary perReward, RlProjection rlProjection) {}
