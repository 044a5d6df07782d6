package io.skillstudio.evaluator.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a handful of skill descriptions (k1 = 1.2, b = 0.75, the idf of Robertson–Spärck Jones
 * with the +1 that keeps it positive). A few lines of arithmetic over at most some hundred short documents,
 * so no search engine is brought in for it. Also gives TF-IDF vectors for description-to-description
 * similarity, which BM25 (a query-to-document score) is not.
 */
final class Bm25Index {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private final List<Map<String, Integer>> termCounts;
    private final int[] lengths;
    private final double averageLength;
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Bm25Index(List<String> documents) {
        this.termCounts = documents.stream().map(Bm25Index::counts).toList();
        this.lengths = documents.stream().mapToInt(d -> Tokens.of(d).size()).toArray();
        double total = 0;
        for (int len : lengths) {
            total += len;
        }
        this.averageLength = lengths.length == 0 ? 0 : total / lengths.length;
        termCounts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
    }

    int size() {
        return lengths.length;
    }

    /** BM25 of {@code query} against every document, in document order. */
    double[] score(String query) {
        double[] scores = new double[lengths.length];
        for (String term : Tokens.of(query)) {
            double idf = idf(term);
            if (idf == 0) {
                continue;
            }
            for (int d = 0; d < lengths.length; d++) {
                int tf = termCounts.get(d).getOrDefault(term, 0);
                if (tf > 0) {
                    double norm = K1 * (1 - B + B * lengths[d] / Math.max(averageLength, 1e-9));
                    scores[d] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return scores;
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        if (df == 0) {
            return 0;
        }
        return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
    }

    /** TF-IDF weights of one document's terms (the same idf as BM25). */
    Map<String, Double> weights(int document) {
        Map<String, Double> w = new HashMap<>();
        termCounts.get(document).forEach((t, tf) -> w.put(t, tf * idf(t)));
        return w;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> c = new HashMap<>();
        Tokens.of(text).forEach(t -> c.merge(t, 1, Integer::sum));
        return c;
    }
}
