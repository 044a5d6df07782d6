package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.LanguageDetection;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code language}, {@code punctuation}, {@code startend} and {@code combination} instructions. */
final class MiscInstructions {

    private static final int MAX_EVIDENCE = 50;

    private MiscInstructions() {}

    /** language:response_language: langdetect's answer equals the code (a detection error passes). */
    static final class ResponseLanguage extends IfevalInstruction {
        ResponseLanguage() {
            super(
                    "language:response_language",
                    "The response is in the given language (langdetect ISO 639-1 code).",
                    List.of(ParamSpec.required("language", ParamType.STRING, "e.g. de, hi, ko")));
        }

        @Override
        Check check(String text, Params p) {
            String want = p.string("language").orElseThrow();
            Optional<String> lang = LanguageDetection.detect(text);
            if (lang.isEmpty()) {
                return Check.of(true, "language undetectable, which upstream counts as a pass");
            }
            return Check.of(lang.get().equals(want), "detected '" + lang.get() + "', required '" + want + "'");
        }
    }

    /** punctuation:no_comma: no ',' anywhere. */
    static final class NoComma extends IfevalInstruction {
        NoComma() {
            super("punctuation:no_comma", "The response contains no commas.", List.of());
        }

        @Override
        Check check(String text, Params p) {
            List<EvidenceSpan> ev = new ArrayList<>();
            for (int i = text.indexOf(','); i >= 0 && ev.size() < MAX_EVIDENCE; i = text.indexOf(',', i + 1)) {
                ev.add(new EvidenceSpan(i, i + 1, "comma"));
            }
            return Check.of(ev.isEmpty(), ev.isEmpty() ? "no comma" : "comma found", ev);
        }
    }

    /** startend:end_checker: ends (ignoring whitespace and '"', case-insensitive) with the phrase. */
    static final class EndChecker extends IfevalInstruction {
        EndChecker() {
            super(
                    "startend:end_checker",
                    "The response ends with the exact given phrase.",
                    List.of(ParamSpec.required("end_phrase", ParamType.STRING, "the closing phrase")));
        }

        @Override
        Check check(String text, Params p) {
            String v = stripChar(PyText.strip(text), '"').toLowerCase(Locale.ROOT);
            String phrase = PyText.strip(PyText.strip(p.string("end_phrase").orElseThrow()))
                    .toLowerCase(Locale.ROOT);
            return Check.of(
                    v.endsWith(phrase),
                    v.endsWith(phrase) ? "ends with the phrase" : "does not end with '" + phrase + "'");
        }
    }

    /** startend:quotation: the stripped response starts and ends with '"'. */
    static final class Quotation extends IfevalInstruction {
        Quotation() {
            super("startend:quotation", "The whole response is wrapped in double quotation marks.", List.of());
        }

        @Override
        Check check(String text, Params p) {
            String v = PyText.strip(text);
            boolean ok = v.length() > 1 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"';
            return Check.of(ok, ok ? "wrapped in double quotes" : "not wrapped in double quotes");
        }
    }

    /** combination:two_responses: exactly two different non-empty responses separated by ******. */
    static final class TwoResponses extends IfevalInstruction {
        TwoResponses() {
            super(
                    "combination:two_responses",
                    "Two different responses separated by six asterisks (******).",
                    List.of());
        }

        @Override
        Check check(String text, Params p) {
            List<String> parts = splitLiteral(text, "******");
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (PyText.isBlank(parts.get(i))) {
                    if (i != 0 && i != parts.size() - 1) {
                        return Check.of(false, "empty response between separators");
                    }
                } else {
                    valid.add(parts.get(i));
                }
            }
            boolean ok = valid.size() == 2 && !PyText.strip(valid.get(0)).equals(PyText.strip(valid.get(1)));
            return Check.of(
                    ok,
                    valid.size() != 2
                            ? valid.size() + " responses, required 2"
                            : ok ? "two different responses" : "the two responses are identical");
        }
    }

    /** combination:repeat_prompt: starts (case-insensitive) with the prompt to repeat. */
    static final class RepeatPrompt extends IfevalInstruction {
        RepeatPrompt() {
            super(
                    "combination:repeat_prompt",
                    "First repeat the request word for word, then answer.",
                    List.of(ParamSpec.required("prompt_to_repeat", ParamType.STRING, "the request to repeat")));
        }

        @Override
        Check check(String text, Params p) {
            String v = PyText.strip(text).toLowerCase(Locale.ROOT);
            String want =
                    PyText.strip(p.string("prompt_to_repeat").orElseThrow()).toLowerCase(Locale.ROOT);
            boolean ok = v.startsWith(want);
            return Check.of(ok, ok ? "starts with the repeated request" : "does not start with the request");
        }
    }

    /** Python {@code str.strip(ch)}. */
    static String stripChar(String s, char ch) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ch) {
            a++;
        }
        while (b > a && s.charAt(b - 1) == ch) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Python {@code str.split(sep)}: every piece, including empty first and last ones. */
    static List<String> splitLiteral(String s, String sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }
}
