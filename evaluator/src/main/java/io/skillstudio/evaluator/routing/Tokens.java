package io.skillstudio.evaluator.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words for lexical scoring: lower-case letter/digit runs, English stop words and one-letter words dropped. */
final class Tokens {

    // Function words and the boilerplate every skill description shares ("use this skill when").
    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "but",
            "by",
            "can",
            "do",
            "does",
            "for",
            "from",
            "has",
            "have",
            "how",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "may",
            "not",
            "of",
            "on",
            "or",
            "should",
            "so",
            "such",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "this",
            "those",
            "to",
            "use",
            "used",
            "using",
            "was",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "will",
            "with",
            "you",
            "your",
            "skill",
            "especially",
            "useful",
            "merely",
            "needed",
            "one",
            "more",
            "most",
            "other",
            "than",
            "any",
            "all",
            "each");

    private Tokens() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
            }
            i += Character.charCount(cp);
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 1 && !STOP.contains(word.toString())) {
            out.add(stem(word.toString()));
        }
        word.setLength(0);
    }

    /** A light plural fold ("responses" → "response", "checklists" → "checklist"); nothing more aggressive. */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
