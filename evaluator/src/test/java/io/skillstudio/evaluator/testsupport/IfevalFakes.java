package io.skillstudio.evaluator.testsupport;

import static io.skillstudio.evaluator.verify.ParamSpec.required;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the IFEval and constraint verifiers that live on other branches: just enough of each
 * instruction's rule (read from IFEval's instructions.py semantics) to score the sample package now.
 * The real verifiers replace them after the merge; the package test then runs against those.
 */
public final class IfevalFakes {

    private IfevalFakes() {}

    private static final ParamSpec RELATION = ParamSpec.oneOf("relation", true, "", List.of("less than", "at least"));

    public static VerifierRegistry registry() {
        VerifierRegistry.Builder b = VerifierRegistry.builder();
        add(b, "constraint.word_count", List.of(ParamSpec.optional("min", ParamType.INTEGER, ""),
                ParamSpec.optional("max", ParamType.INTEGER, "")), (r, p) -> {
                    int n = count("\\b[\\w'-]+\\b", r);
                    return n >= p.integer("min").orElse(0) && n <= p.integer("max").orElse(Integer.MAX_VALUE);
                });
        add(b, "keywords:forbidden_words", List.of(required("forbidden_words", ParamType.STRING_LIST, "")),
                (r, p) -> p.strings("forbidden_words").stream().noneMatch(w -> find("\\b" + w + "\\b", r)));
        add(b, "keywords:existence", List.of(required("keywords", ParamType.STRING_LIST, "")),
                (r, p) -> p.strings("keywords").stream().allMatch(k -> find(k, r)));
        add(b, "punctuation:no_comma", List.of(), (r, p) -> !r.contains(","));
        add(b, "startend:end_checker", List.of(required("end_phrase", ParamType.STRING, "")),
                (r, p) -> lower(r.strip()).endsWith(lower(p.string("end_phrase").orElseThrow().strip())));
        add(b, "startend:quotation", List.of(), (r, p) -> {
            String v = r.strip();
            return v.length() > 1 && v.startsWith("\"") && v.endsWith("\"");
        });
        add(b, "detectable_format:number_bullet_lists", List.of(required("num_bullets", ParamType.INTEGER, "")),
                (r, p) -> count("(?m)^\\s*\\*[^*].*$", r) + count("(?m)^\\s*-.*$", r) == p.integer("num_bullets").orElseThrow());
        add(b, "detectable_format:title", List.of(), (r, p) -> find("<<[^\\n]+>>", r));
        add(b, "length_constraints:number_words", List.of(RELATION, required("num_words", ParamType.INTEGER, "")),
                (r, p) -> relation(count("\\w+", r), p.integer("num_words").orElseThrow(), p.string("relation").orElseThrow()));
        add(b, "length_constraints:number_paragraphs", List.of(required("num_paragraphs", ParamType.INTEGER, "")),
                (r, p) -> {
                    String[] parts = r.split("\\s?\\*\\*\\*\\s?", -1);
                    int n = parts.length;
                    for (int i = 0; i < parts.length; i++) {
                        if (parts[i].isBlank()) {
                            if (i == 0 || i == parts.length - 1) {
                                n--;
                            } else {
                                return false;
                            }
                        }
                    }
                    return n == p.integer("num_paragraphs").orElseThrow();
                });
        add(b, "detectable_content:postscript", List.of(required("postscript_marker", ParamType.STRING, "")),
                (r, p) -> find("(?m)\\s*p\\.\\s?s\\..*$", lower(r)));
        add(b, "detectable_format:json_format", List.of(), (r, p) -> {
            String v = r.strip().replaceFirst("^```(json|Json|JSON)?", "").replaceFirst("```$", "").strip();
            try {
                new ObjectMapper().readTree(v);
                return !v.isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        add(b, "change_case:english_lowercase", List.of(),
                (r, p) -> r.equals(lower(r)) && r.chars().anyMatch(Character::isLetter));
        add(b, "detectable_format:number_highlighted_sections", List.of(required("num_highlights", ParamType.INTEGER, "")),
                (r, p) -> count("\\*[^\\n*]*[^\\n*\\s][^\\n*]*\\*", r) >= p.integer("num_highlights").orElseThrow());
        add(b, "detectable_content:number_placeholders", List.of(required("num_placeholders", ParamType.INTEGER, "")),
                (r, p) -> count("\\[.*?\\]", r) >= p.integer("num_placeholders").orElseThrow());
        add(b, "detectable_format:constrained_response", List.of(), (r, p) -> List.of("My answer is yes.",
                "My answer is no.", "My answer is maybe.").stream().anyMatch(r.strip()::contains));
        add(b, "keywords:frequency", List.of(required("keyword", ParamType.STRING, ""),
                required("frequency", ParamType.INTEGER, ""), RELATION), (r, p) -> relation(
                        count("(?i)" + p.string("keyword").orElseThrow(), r), p.integer("frequency").orElseThrow(),
                        p.string("relation").orElseThrow()));
        add(b, "keywords:letter_frequency", List.of(required("letter", ParamType.STRING, ""),
                required("let_frequency", ParamType.INTEGER, ""),
                ParamSpec.oneOf("let_relation", true, "", List.of("less than", "at least"))), (r, p) -> relation(
                        (int) lower(r).chars().filter(c -> c == p.string("letter").orElseThrow().charAt(0)).count(),
                        p.integer("let_frequency").orElseThrow(), p.string("let_relation").orElseThrow()));
        add(b, "detectable_format:multiple_sections", List.of(required("section_spliter", ParamType.STRING, ""),
                required("num_sections", ParamType.INTEGER, "")), (r, p) -> r.split("\\s?"
                        + Pattern.quote(p.string("section_spliter").orElseThrow()) + "\\s?\\d+\\s?", -1).length - 1
                        >= p.integer("num_sections").orElseThrow());
        add(b, "combination:repeat_prompt", List.of(required("prompt_to_repeat", ParamType.STRING, "")),
                (r, p) -> lower(r.strip()).startsWith(lower(p.string("prompt_to_repeat").orElseThrow().strip())));
        return b.build();
    }

    private static void add(VerifierRegistry.Builder b, String id, List<ParamSpec> specs, BiPredicate<String, Params> rule) {
        b.add(FakeVerifiers.verifier(id, specs, (VerifierInput in, Params p) ->
                VerifierResult.of(rule.test(in.response(), p), "fake " + id, List.of())));
    }

    private static boolean relation(int actual, int n, String relation) {
        return relation.equals("less than") ? actual < n : actual >= n;
    }

    private static boolean find(String regex, String s) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(s).find();
    }

    private static int count(String regex, String s) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
