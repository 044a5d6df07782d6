package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One skill's standing for one sample.
 *
 * @param score the combined score the ranking uses
 * @param lexical BM25 of the sample against the skill's advertised text, as a fraction of the best skill's
 * @param bm25 the raw BM25 score
 * @param embedding cosine similarity of the sample and the skill's advertised text; null while the model
 *     is not loaded (or was turned off)
 * @param servesMode whether the skill serves the sample's mode
 * @param reasons why it scored so, in words, for the report and the studio
 */
@JsonPropertyOrder({"skill", "score", "lexical", "bm25", "embedding", "servesMode", "reasons"})
public record SkillScore(
        String skill,
        double score,
        double lexical,
        double bm25,
        Double embedding,
        boolean servesMode,
        List<String> reasons) {

    public SkillScore {
        reasons = List.copyOf(reasons);
    }
}
