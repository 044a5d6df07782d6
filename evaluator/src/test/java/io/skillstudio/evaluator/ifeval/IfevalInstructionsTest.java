package io.skillstudio.evaluator.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IfevalInstructionsTest {

    private static final VerifierRegistry REGISTRY = VerifierRegistry.standard();

    static List<String> ids() {
        return IfevalVerifierProvider.instructions().stream().map(Verifier::id).toList();
    }

    private static VerifierResult run(String id, String response, Map<String, Object> kwargs) {
        Verifier v = REGISTRY.find(id).orElseThrow();
        ParamBinding b = v.bind(kwargs);
        assertThat(b.problems()).isEmpty();
        return v.verify(VerifierInput.ofResponse(response), b.params());
    }

    @Test
    void aCatastrophicKeywordPatternEndsAsABudgetErrorInsteadOfHanging() {
        // The back-reference defeats the JDK's loop memo, so (a*)*\1c backtracks exponentially on a run of
        // a's without a c: without the deadline this never returns.
        Verifier v = REGISTRY.find("keywords:existence").orElseThrow();
        ParamBinding b = v.bind(Map.of("keywords", List.of("(a*)*\\1c")));
        VerifierInput in = VerifierInput.ofResponse("a".repeat(64));
        Assertions.assertThatThrownBy(() -> v.verify(in, b.params())).isInstanceOf(RegexBudgetExceededException.class);
    }

    @Test
    void registersAll25OfficialIds() {
        assertThat(ids()).hasSize(25).doesNotHaveDuplicates();
        assertThat(REGISTRY.ids()).containsAll(ids());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void badKwargsAreParamProblemsNeverExceptions(String id) {
        Verifier v = REGISTRY.find(id).orElseThrow();
        Map<String, Object> bad = new HashMap<>();
        bad.put("no_such_kwarg", 1);
        for (var spec : v.params()) {
            bad.put(spec.name(), List.of(42)); // wrong type everywhere
        }
        assertThat(v.bind(bad).ok()).isFalse();
        assertThat(v.bind(null).ok()).isEqualTo(v.params().stream().noneMatch(s -> s.required()));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void emptyResponseFailsStrictAndLoose(String id) {
        Verifier v = REGISTRY.find(id).orElseThrow();
        Map<String, Object> kw = validKwargs(id);
        for (boolean loose : new boolean[] {false, true}) {
            kw.put("loose", loose);
            ParamBinding b = v.bind(kw);
            assertThat(b.problems()).as(id).isEmpty();
            assertThat(v.verify(VerifierInput.ofResponse(" \n "), b.params()).passed())
                    .isFalse();
        }
    }

    static Map<String, Object> validKwargs(String id) {
        Map<String, Object> kw = new HashMap<>();
        switch (id) {
            case "keywords:existence" -> kw.put("keywords", List.of("cat"));
            case "keywords:frequency" -> kw.putAll(Map.of("keyword", "cat", "frequency", 2, "relation", "at least"));
            case "keywords:forbidden_words" -> kw.put("forbidden_words", List.of("dog"));
            case "keywords:letter_frequency" ->
                kw.putAll(Map.of("letter", "a", "let_frequency", 2, "let_relation", "less than"));
            case "language:response_language" -> kw.put("language", "en");
            case "length_constraints:number_sentences" ->
                kw.putAll(Map.of("num_sentences", 2, "relation", "less than"));
            case "length_constraints:number_paragraphs" -> kw.put("num_paragraphs", 2);
            case "length_constraints:number_words" -> kw.putAll(Map.of("num_words", 2, "relation", "at least"));
            case "length_constraints:nth_paragraph_first_word" ->
                kw.putAll(Map.of("num_paragraphs", 2, "nth_paragraph", 2, "first_word", "then"));
            case "detectable_content:number_placeholders" -> kw.put("num_placeholders", 1);
            case "detectable_content:postscript" -> kw.put("postscript_marker", "P.S.");
            case "detectable_format:number_bullet_lists" -> kw.put("num_bullets", 0);
            case "detectable_format:number_highlighted_sections" -> kw.put("num_highlights", 0);
            case "detectable_format:multiple_sections" ->
                kw.putAll(Map.of("section_spliter", "Section", "num_sections", 0));
            case "combination:repeat_prompt" -> kw.put("prompt_to_repeat", "");
            case "startend:end_checker" -> kw.put("end_phrase", "");
            case "change_case:capital_word_frequency" ->
                kw.putAll(Map.of("capital_frequency", 0, "capital_relation", "at least"));
            default -> {}
        }
        return kw;
    }

    @Test
    void invalidRegexKwargsAreParamProblems() {
        assertThat(REGISTRY.find("keywords:existence")
                        .orElseThrow()
                        .bind(Map.of("keywords", List.of("(")))
                        .ok())
                .isFalse();
        assertThat(REGISTRY.find("detectable_format:multiple_sections")
                        .orElseThrow()
                        .bind(Map.of("section_spliter", "[", "num_sections", 2))
                        .ok())
                .isFalse();
        assertThat(REGISTRY.find("keywords:letter_frequency")
                        .orElseThrow()
                        .bind(Map.of("letter", "ab", "let_frequency", 2, "let_relation", "at least"))
                        .ok())
                .isFalse();
        assertThat(REGISTRY.find("keywords:frequency")
                        .orElseThrow()
                        .bind(Map.of("keyword", "x", "frequency", 2, "relation", "about"))
                        .ok())
                .isFalse();
    }

    @Test
    void keywordEvidencePointsAtMatches() {
        VerifierResult r = run("keywords:existence", "A Cat sat.", Map.of("keywords", List.of("cat")));
        assertThat(r.passed()).isTrue();
        assertThat(r.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(2));
        assertThat(run("keywords:forbidden_words", "dogma is fine", Map.of("forbidden_words", List.of("dog")))
                        .passed())
                .isTrue();
        assertThat(run("keywords:forbidden_words", "a DOG.", Map.of("forbidden_words", List.of("dog")))
                        .passed())
                .isFalse();
    }

    @Test
    void placeholdersHighlightsAndBullets() {
        VerifierResult r = run(
                "detectable_content:number_placeholders", "Dear [name], at [address].", Map.of("num_placeholders", 2));
        assertThat(r.passed()).isTrue();
        assertThat(r.evidence()).extracting(e -> e.start()).containsExactly(5, 16);
        assertThat(run(
                                "detectable_format:number_highlighted_sections",
                                "*a* and **b** and **",
                                Map.of("num_highlights", 2))
                        .passed())
                .isTrue();
        assertThat(run("detectable_format:number_bullet_lists", "* one\n* two\n- three", Map.of("num_bullets", 3))
                        .passed())
                .isTrue();
    }

    @Test
    void caseChecksPointAtOffendingLetter() {
        VerifierResult r = run("change_case:english_capital", "HELLO THERe FRIEND", Map.of());
        assertThat(r.passed()).isFalse();
        assertThat(r.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(10));
        assertThat(run(
                                "change_case:english_lowercase",
                                "this is a plain english sentence about the weather today.",
                                Map.of())
                        .passed())
                .isTrue();
    }

    @Test
    void jsonFormatFollowsPythonJson() {
        String id = "detectable_format:json_format";
        assertThat(run(id, "```json\n{\"a\": [1, 2.5e3, NaN, -Infinity]}\n```", Map.of())
                        .passed())
                .isTrue();
        assertThat(run(id, "{\"a\": 1,}", Map.of()).passed()).isFalse();
        assertThat(run(id, "{\"a\": 1} extra", Map.of()).passed()).isFalse();
        assertThat(run(id, "\"26\"", Map.of()).passed()).isTrue();
        assertThat(run(id, "{\"a\": \"x\ty\"}", Map.of()).passed()).isFalse();
        assertThat(run(id, "01", Map.of()).passed()).isFalse();
        assertThat(run(id, "[".repeat(5000), Map.of()).passed()).isFalse();
    }

    @Test
    void looseAcceptsResponseWithoutFirstLine() {
        String response = "Sure, here it is:\n\"quoted answer\"";
        assertThat(run("startend:quotation", response, Map.of()).passed()).isFalse();
        VerifierResult loose = run("startend:quotation", response, Map.of("loose", true));
        assertThat(loose.passed()).isTrue();
        assertThat(loose.details()).containsEntry("variant", "response_remove_first");
    }

    @Test
    void twoResponsesSectionsPostscriptAndParagraphs() {
        assertThat(run("combination:two_responses", "A\n******\nB", Map.of()).passed())
                .isTrue();
        assertThat(run("combination:two_responses", "A\n******\nA", Map.of()).passed())
                .isFalse();
        assertThat(run(
                                "detectable_format:multiple_sections",
                                "Section 1\nx\nSection 2\ny",
                                Map.of("section_spliter", "Section", "num_sections", 2))
                        .passed())
                .isTrue();
        assertThat(run("detectable_content:postscript", "Hi.\n\nP.S. bye", Map.of("postscript_marker", "P.S."))
                        .passed())
                .isTrue();
        assertThat(run("length_constraints:number_paragraphs", "a\n***\nb", Map.of("num_paragraphs", 2))
                        .passed())
                .isTrue();
        assertThat(run("length_constraints:number_paragraphs", "a\n***\n***\nb", Map.of("num_paragraphs", 2))
                        .passed())
                .isFalse();
        assertThat(run(
                                "length_constraints:nth_paragraph_first_word",
                                "First.\n\n\"Then, more.",
                                Map.of("num_paragraphs", 2, "nth_paragraph", 2, "first_word", "Then"))
                        .passed())
                .isTrue();
    }
}
