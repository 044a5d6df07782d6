package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * Two skills whose advertised descriptions are so alike that routing between them is a coin flip.
 *
 * @param lexical cosine of the two descriptions' TF-IDF vectors
 * @param embedding cosine of their MiniLM embeddings, or null when not computed
 * @param sharedWords the words that make them alike, heaviest first
 */
@JsonPropertyOrder({"skillA", "skillB", "lexical", "embedding", "sharedWords", "skillMdA", "skillMdB"})
public record Collision(
        String skillA,
        String skillB,
        double lexical,
        Double embedding,
        List<String> sharedWords,
        Path skillMdA,
        Path skillMdB) {

    public Collision {
        sharedWords = List.copyOf(sharedWords);
    }
}
