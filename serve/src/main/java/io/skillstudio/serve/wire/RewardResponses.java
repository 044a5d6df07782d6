package io.skillstudio.serve.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.ScoreStatus;
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
     * and {@code extra_logs} of per-item 0/1 flags, so a trainer can sum or average them: {@code scored},
     * {@code partial} and {@code unscored} always, {@code unscored_<reason>} only for the reasons that occur in
     * this response (an absent key is 0 for every item; the full key set is in docs/serve.md). A partial item (some items unjudged) sends its value, computed from the judged items, under
     * {@link PartialPolicy#VALUE}; under {@link PartialPolicy#UNSCORED} it is answered by the unscored policy
     * (its flags still say {@code partial}, not {@code unscored}: they report the result, not the answer).
     *
     * @throws UnscoredRefused under {@link UnscoredPolicy.Error} when any item is answered as unscored
     */
    public static ObjectNode getReward(
            List<Evaluation> evals, UnscoredPolicy policy, PartialPolicy partialPolicy, ServedSkill skill) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        ArrayNode rewards = out.putArray("rewards");
        ArrayNode scores = out.putArray("scores");
        ObjectNode logs = out.putObject("extra_logs");
        ArrayNode scored = logs.putArray("scored");
        ArrayNode partial = logs.putArray("partial");
        ArrayNode unscored = logs.putArray(UNSCORED);
        // Seventeen all-zero lists made every response ~1 KB; only the reasons this response has are sent.
        Map<UnscoredReason, ArrayNode> byReason = new EnumMap<>(UnscoredReason.class);
        evals.stream()
                .map(e -> e.result().decision())
                .filter(d -> !d.hasValue())
                .forEach(d -> byReason.computeIfAbsent(d.reason(), r -> JsonBody.MAPPER.createArrayNode()));
        ArrayNode refused = JsonBody.MAPPER.createArrayNode();
        for (int i = 0; i < evals.size(); i++) {
            Decision d = evals.get(i).result().decision();
            boolean isPartial = d.status() == ScoreStatus.PARTIAL;
            scored.add(d.isScored() ? 1 : 0);
            partial.add(isPartial ? 1 : 0);
            unscored.add(d.hasValue() ? 0 : 1);
            // A partial decision's reason says why some items went unjudged; it is not an unscored reason.
            byReason.forEach((r, list) -> list.add(!d.hasValue() && r == d.reason() ? 1 : 0));
            if (d.hasValue() && !(isPartial && partialPolicy == PartialPolicy.UNSCORED)) {
                rewards.add(d.score());
                scores.add(d.score());
            } else if (policy instanceof UnscoredPolicy.Error) {
                refused.addObject()
                        .put("index", i)
                        .put("id", evals.get(i).result().sampleId())
                        .put("status", d.status().code())
                        .put("reason", d.reason().code())
                        .put("detail", d.detail());
            } else if (policy.reward().isPresent()) {
                rewards.add(policy.reward().getAsDouble());
                scores.add(policy.reward().getAsDouble());
            } else {
                rewards.addNull();
                scores.addNull();
            }
        }
        byReason.forEach((r, list) -> logs.set(UNSCORED + "_" + r.code(), list));
        out.putPOJO("skill", skill);
        out.put("unscored_policy", policy.code());
        out.put("partial_policy", partialPolicy.code());
        if (!refused.isEmpty()) {
            ObjectNode body = error(
                    refused.size() + " of " + evals.size() + " item(s) unscored"
                            + (partialPolicy == PartialPolicy.UNSCORED ? " or partial (--partial-as unscored)" : "")
                            + " and the server runs with --unscored-as error",
                    skill);
            body.set("unscored", refused);
            throw new UnscoredRefused(body.get("error").asText(), body);
        }
        return out;
    }

    /**
     * The full answer of {@code /v1/rewards}: each result with status, reason, provenance; traces if asked.
     * A result's {@code line} (its line in a sample file, meaningless for a request) is replaced by
     * {@code index}, the item's 0-based position in the request's {@code samples}.
     */
    public static ObjectNode rewards(List<Evaluation> evals, boolean traces, ServedSkill skill) {
        ObjectNode out = JsonBody.MAPPER.createObjectNode();
        out.putPOJO("skill", skill);
        ArrayNode results = out.putArray("results");
        for (int i = 0; i < evals.size(); i++) {
            ObjectNode result = JsonBody.MAPPER.valueToTree(evals.get(i).result());
            result.remove("line");
            results.addObject().put("index", i).setAll(result);
        }
        if (traces) {
            ArrayNode t = out.putArray("traces");
            evals.forEach(e -> t.addPOJO(e.trace()));
        }
        ObjectNode counts = out.putObject("counts");
        ObjectNode unscoredBy = JsonBody.MAPPER.createObjectNode();
        ObjectNode partialBy = JsonBody.MAPPER.createObjectNode();
        int scoredCount = 0;
        int partialCount = 0;
        for (Evaluation e : evals) {
            Decision d = e.result().decision();
            if (d.isScored()) {
                scoredCount++;
            } else {
                partialCount += d.hasValue() ? 1 : 0;
                ObjectNode by = d.hasValue() ? partialBy : unscoredBy;
                by.put(d.reason().code(), by.path(d.reason().code()).asInt() + 1);
            }
        }
        counts.put("scored", scoredCount)
                .put("partial", partialCount)
                .put("unscored", evals.size() - scoredCount - partialCount);
        counts.set("unscoredByReason", unscoredBy);
        counts.set("partialByReason", partialBy);
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
