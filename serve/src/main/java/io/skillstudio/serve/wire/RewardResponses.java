package io.skillstudio.serve.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.serve.engine.ServedSkill;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the response bodies; every one names the skill, its version and content hash. */
public final class RewardResponses {

    /** The {@code extra_logs} key of the per-item unscored flag; one key per reason follows it. */
    public static final String UNSCORED = "unscored";

    private RewardResponses() {}

    /**
     * OpenRLHF's answer: {@code rewards} and {@code scores} (the same values), index-aligned with the request,
     * and {@code extra_logs} with a fixed key set of per-item 0/1 flags ({@code scored}, {@code unscored},
     * {@code unscored_<reason>} for every reason code), so a trainer can sum or average them.
     *
     * @throws UnscoredRefused under {@link UnscoredPolicy.Error} when any item is unscored
     */
    public static ObjectNode getReward(List<Evaluation> evals, UnscoredPolicy policy, ServedSkill skill) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        ArrayNode rewards = out.putArray("rewards");
        ArrayNode scores = out.putArray("scores");
        ObjectNode logs = out.putObject("extra_logs");
        ArrayNode scored = logs.putArray("scored");
        ArrayNode partial = logs.putArray("partial");
        ArrayNode unscored = logs.putArray(UNSCORED);
        Map<UnscoredReason, ArrayNode> byReason = new EnumMap<>(UnscoredReason.class);
        for (UnscoredReason r : UnscoredReason.values()) {
            byReason.put(r, logs.putArray(UNSCORED + "_" + r.code()));
        }
        ArrayNode refused = JsonBody.MAPPER.createArrayNode();
        for (int i = 0; i < evals.size(); i++) {
            Decision d = evals.get(i).result().decision();
            // Partial: a value from the judged items only (some items nobody judged); flagged apart from scored.
            scored.add(d.isScored() ? 1 : 0);
            partial.add(d.hasValue() && !d.isScored() ? 1 : 0);
            unscored.add(d.hasValue() ? 0 : 1);
            byReason.forEach((r, list) -> list.add(!d.hasValue() && r == d.reason() ? 1 : 0));
            if (d.hasValue()) {
                rewards.add(d.score());
                scores.add(d.score());
            } else if (policy instanceof UnscoredPolicy.Error) {
                refused.addObject().put("index", i).put("id", evals.get(i).result().sampleId())
                        .put("reason", d.reason().code()).put("detail", d.detail());
            } else if (policy.reward().isPresent()) {
                rewards.add(policy.reward().getAsDouble());
                scores.add(policy.reward().getAsDouble());
            } else {
                rewards.addNull();
                scores.addNull();
            }
        }
        out.putPOJO("skill", skill);
        out.put("unscored_policy", policy.code());
        if (!refused.isEmpty()) {
            ObjectNode body = error(refused.size() + " of " + evals.size()
                    + " item(s) unscored and the server runs with --unscored-as error", skill);
            body.set("unscored", refused);
            throw new UnscoredRefused(body.get("error").asText(), body);
        }
        return out;
    }

    /** The full answer of {@code /v1/rewards}: each result with status, reason, provenance; traces if asked. */
    public static ObjectNode rewards(List<Evaluation> evals, boolean traces, ServedSkill skill) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        out.putPOJO("skill", skill);
        ArrayNode results = out.putArray("results");
        evals.forEach(e -> results.addPOJO(e.result()));
        if (traces) {
            ArrayNode t = out.putArray("traces");
            evals.forEach(e -> t.addPOJO(e.trace()));
        }
        ObjectNode counts = out.putObject("counts");
        long scoredCount = evals.stream().filter(e -> e.result().decision().isScored()).count();
        long withValue = evals.stream().filter(e -> e.result().decision().hasValue()).count();
        counts.put("scored", scoredCount).put("partial", withValue - scoredCount).put("unscored", evals.size() - withValue);
        ObjectNode byReason = counts.putObject("unscoredByReason");
        evals.stream().map(e -> e.result().decision()).filter(d -> !d.hasValue())
                .forEach(d -> byReason.put(d.reason().code(), byReason.path(d.reason().code()).asInt() + 1));
        return out;
    }

    /** An error body: the message and the skill that answered. */
    public static ObjectNode error(String message, ServedSkill skill) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        out.put("error", message);
        out.putPOJO("skill", skill);
        return out;
    }
}
