package io.skillstudio.evaluator.text;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.punkt.PunktSentenceTokenizer;

/** IFEval's {@code instructions_util} helpers with CPython/NLTK 3.8 semantics. */
public final class IfevalText {

    private IfevalText() {}

    /** {@code count_words}: the number of {@code \w+} runs (NLTK {@code RegexpTokenizer(r"\w+")}). */
    public static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean w = PyText.isWord(c);
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }

    /** {@code count_sentences}: the number of Punkt sentences. */
    public static int countSentences(String text) {
        return PunktSentenceTokenizer.english().count(text);
    }

    /** The number of {@code word_tokenize} tokens whose Python {@code isupper()} is true. */
    public static int countCapitalWords(String text) {
        int[] n = {0};
        TreebankWordTokenizer.forEachToken(text, (t, start, end) -> {
            if (PyText.isUpper(t, start, end)) {
                n[0]++;
            }
        });
        return n[0];
    }
}
