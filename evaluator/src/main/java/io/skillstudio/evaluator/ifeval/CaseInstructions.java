package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.IfevalText;
import io.skillstudio.evaluator.text.LanguageDetection;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.List;
import java.util.Optional;

/** The {@code change_case:*} instructions. */
final class CaseInstructions {

    private CaseInstructions() {}

    /** change_case:capital_word_frequency: all-caps word_tokenize tokens against the relation. */
    static final class CapitalWordFrequency extends IfevalInstruction {
        CapitalWordFrequency() {
            super(
                    "change_case:capital_word_frequency",
                    "Words in ALL CAPS (NLTK word_tokenize) less than / at least N.",
                    List.of(
                            ParamSpec.required("capital_frequency", ParamType.INTEGER, "the threshold"),
                            Relation.spec("capital_relation")));
        }

        @Override
        Check check(String text, Params p) {
            int n = IfevalText.countCapitalWords(text);
            int want = p.integer("capital_frequency").orElseThrow();
            return Check.of(
                    Relation.holds(p, "capital_relation", n, want),
                    Relation.describe(p, "capital_relation", "capitalized words", n, want));
        }
    }

    /** change_case:english_capital: {@code isupper()} and langdetect says "en" (a detection error passes). */
    static final class EnglishCapital extends IfevalInstruction {
        EnglishCapital() {
            super("change_case:english_capital", "The whole response is in English and in capital letters.", List.of());
        }

        @Override
        Check check(String text, Params p) {
            if (!PyText.isUpper(text)) {
                return offending(text, true);
            }
            return english(text);
        }
    }

    /** change_case:english_lowercase: {@code islower()} and langdetect says "en" (a detection error passes). */
    static final class EnglishLowercase extends IfevalInstruction {
        EnglishLowercase() {
            super(
                    "change_case:english_lowercase",
                    "The whole response is in English and in lowercase letters.",
                    List.of());
        }

        @Override
        Check check(String text, Params p) {
            if (!PyText.isLower(text)) {
                return offending(text, false);
            }
            return english(text);
        }
    }

    private static Check english(String text) {
        Optional<String> lang = LanguageDetection.detect(text);
        if (lang.isEmpty()) {
            return Check.of(true, "case ok; language undetectable, which upstream counts as a pass");
        }
        return Check.of(lang.get().equals("en"), "case ok; detected language '" + lang.get() + "'");
    }

    /** Points at the first letter of the wrong case (or says there is no cased letter at all). */
    private static Check offending(String text, boolean wantUpper) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int len = Character.charCount(c);
            boolean wrong =
                    Character.isTitleCase(c) || (wantUpper ? Character.isLowerCase(c) : Character.isUpperCase(c));
            if (wrong) {
                String note = wantUpper ? "not upper case" : "not lower case";
                return Check.of(
                        false,
                        "'" + text.substring(i, i + len) + "' at " + i + " is " + note,
                        List.of(new EvidenceSpan(i, i + len, note)));
            }
            i += len;
        }
        return Check.of(false, "no cased letter in the response");
    }
}
