package io.skillstudio.evaluator.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.Outcome;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ConstraintVerifiersTest {

    private static final List<String> HELPERS = List.of(
            "normalize_space",
            "words",
            "word_count",
            "char_count",
            "line_count",
            "paragraph_count",
            "sentence_count",
            "contains",
            "count_occurrences",
            "regex_count",
            "regex_search",
            "json_parse",
            "json_has_keys",
            "markdown_heading_count",
            "bullet_count",
            "numbered_list_count",
            "code_block_count",
            "balanced_brackets",
            "punctuation_count",
            "unique_word_count",
            "mostly_language_script",
            "between");

    private static Verifier verifier(String helper) {
        return VerifierRegistry.standard().find("constraint." + helper).orElseThrow();
    }

    private static VerifierResult run(String helper, String text, Map<String, ?> raw) {
        Verifier v = verifier(helper);
        ParamBinding b = v.bind(raw);
        assertThat(b.problems()).as("binding problems").isEmpty();
        return v.verify(VerifierInput.ofResponse(text), b.params());
    }

    @Test
    void everyHelperIsRegisteredThroughTheServiceLoader() {
        for (String h : HELPERS) {
            assertThat(VerifierRegistry.standard().find("constraint." + h))
                    .as(h)
                    .isPresent();
        }
    }

    @Test
    void countingHelperReportsValueWithoutBounds() {
        VerifierResult r = run("word_count", "don't stop-now", Map.of());
        assertThat(r.outcome()).isEqualTo(Outcome.VALUE);
        assertThat(r.value()).isEqualTo(2);
        assertThat(r.evidence())
                .extracting(EvidenceSpan::start, EvidenceSpan::end)
                .containsExactly(Tuple.tuple(0, 5), Tuple.tuple(6, 14));
    }

    @Test
    void boundsTurnACountIntoPassOrFailAndKeepTheValueInDetails() {
        VerifierResult pass = run("word_count", "one two three", Map.of("min", 2, "max", 3));
        VerifierResult fail = run("word_count", "one two three", Map.of("max", 2));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.details()).containsEntry("value", 3.0);
    }

    @Test
    void unknownParameterIsRejectedAtBindTime() {
        assertThat(verifier("word_count").bind(Map.of("minimum", 3)).problems())
                .extracting(p -> p.name())
                .containsExactly("minimum");
    }

    @Test
    void wronglyTypedParameterIsRejected() {
        assertThat(verifier("contains").bind(Map.of("needle", 5)).problems())
                .extracting(p -> p.name())
                .containsExactly("needle");
        assertThat(verifier("char_count").bind(Map.of("include_spaces", "no")).problems())
                .isNotEmpty();
    }

    @Test
    void negativeOrCrossedBoundsAreRejected() {
        assertThat(verifier("line_count").bind(Map.of("min", -1)).problems())
                .extracting(p -> p.name())
                .containsExactly("min");
        assertThat(verifier("line_count").bind(Map.of("min", 5, "max", 2)).problems())
                .isNotEmpty();
    }

    @Test
    void badRegexBecomesAPositionedParamProblemNotAnException() {
        ParamBinding b = verifier("regex_count").bind(Map.of("pattern", "ab("));
        assertThat(b.problems()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("pattern");
            assertThat(p.message()).contains("position 2");
        });
        assertThat(verifier("regex_search").bind(Map.of("pattern", "\\p{L}")).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("bad escape \\p at position 0"));
    }

    @Test
    void unknownFlagBitsAreRejected() {
        assertThat(verifier("regex_count")
                        .bind(Map.of("pattern", "a", "flags", 1 << 12))
                        .problems())
                .extracting(p -> p.name())
                .containsExactly("flags");
    }

    @Test
    void catastrophicBacktrackingSpendsTheStepBudgetTheSameWayEveryTimeAndIsNoFail() {
        String text = "a".repeat(40); // the back-reference defeats the JDK loop memoisation
        for (int i = 0; i < 3; i++) { // a count of character reads, not a clock: same input, same end
            Assertions.assertThatThrownBy(() -> run("regex_search", text, Map.of("pattern", "(a*)*\\1b")))
                    .isInstanceOf(RegexBudgetExceededException.class)
                    .hasMessage("regex exceeded its budget of " + RegexBudget.PER_MATCH + " character reads");
        }
    }

    @Test
    void emptyTextGivesZeroCountsAndBalancedBrackets() {
        for (String h : List.of(
                "word_count",
                "char_count",
                "line_count",
                "paragraph_count",
                "sentence_count",
                "bullet_count",
                "numbered_list_count",
                "code_block_count",
                "unique_word_count")) {
            assertThat(run(h, "", Map.of()).value()).as(h).isZero();
        }
        assertThat(run("balanced_brackets", "", Map.of()).outcome()).isEqualTo(Outcome.PASS);
        assertThat(run("mostly_language_script", "", Map.of()).details()).containsEntry("dominant", "none");
    }

    @Test
    void astralCharactersCountAsOneCharacterButSpansUseUtf16Offsets() {
        String text = "hi 😀 𝐀bc";
        assertThat(run("char_count", text, Map.of()).value()).isEqualTo(8);
        VerifierResult words = run("words", text, Map.of());
        assertThat(words.details().get("words")).isEqualTo(List.of("hi", "𝐀bc"));
        assertThat(words.evidence().get(1).start()).isEqualTo(6);
        assertThat(words.evidence().get(1).end()).isEqualTo(10);
        assertThat(run("regex_count", "😀😀", Map.of("pattern", "")).value()).isEqualTo(3);
    }

    @Test
    void crlfTextCountsLinesOnceAndHeadingsStillMatch() {
        String text = "# Title\r\n\r\n- item\r\n- item two\r\n";
        assertThat(run("line_count", text, Map.of()).value()).isEqualTo(3);
        assertThat(run("line_count", text, Map.of("nonempty", false)).value()).isEqualTo(4);
        assertThat(run("markdown_heading_count", text, Map.of("level", 1)).value())
                .isEqualTo(1);
        assertThat(run("bullet_count", text, Map.of()).value()).isEqualTo(2);
        assertThat(run("paragraph_count", text, Map.of()).value()).isEqualTo(2);
    }

    @Test
    void needleOccurrencesAreMarkedAsEvidence() {
        VerifierResult r = run("count_occurrences", "The cat and the hat", Map.of("needle", "the"));
        assertThat(r.value()).isEqualTo(2);
        assertThat(r.evidence()).extracting(EvidenceSpan::start).containsExactly(0, 12);
    }

    @Test
    void jsonHasKeysPassesOnlyForAnObjectWithEveryKey() {
        assertThat(run("json_has_keys", "{\"a\": 1, \"b\": 2}", Map.of("keys", List.of("a", "b")))
                        .passed())
                .isTrue();
        VerifierResult missing = run("json_has_keys", "{\"a\": 1}", Map.of("keys", List.of("a", "b")));
        assertThat(missing.passed()).isFalse();
        assertThat(missing.details()).containsEntry("missing", List.of("b"));
        assertThat(run("json_has_keys", "[]", Map.of("keys", List.of())).passed())
                .isFalse();
    }

    @Test
    void jsonParseFollowsPythonOnNonFiniteNumbersTrailingCommasAndFences() {
        assertThat(run("json_parse", "{\"x\": NaN, \"y\": -Infinity}", Map.of()).passed())
                .isTrue();
        assertThat(run("json_parse", "123456789012345678901234567890", Map.of()).passed())
                .isTrue();
        assertThat(run("json_parse", "[1, 2,]", Map.of()).passed()).isFalse();
        assertThat(run("json_parse", "```json\n{}\n```", Map.of()).passed()).isFalse();
        assertThat(run("json_parse", "+Infinity", Map.of()).passed()).isFalse();
        assertThat(run("json_parse", "{} {}", Map.of()).passed()).isFalse();
    }

    @Test
    void betweenReadsTheResponseAsANumberWhenNoValueIsGiven() {
        assertThat(run("between", " 7.5 ", Map.of("low", 1, "high", 10)).passed())
                .isTrue();
        assertThat(run("between", "10", Map.of("low", 1, "high", 10, "inclusive", false))
                        .passed())
                .isFalse();
        assertThat(run("between", "ten", Map.of("low", 1)).details()).containsKey("error");
    }
}
