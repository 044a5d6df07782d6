package io.skillstudio.evaluator.judge.tools.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upstream's four runtime resources (skillrm-format.md §3.3) against a scripted {@link ResourceModel}:
 * the deterministic reference match with the spec's normalization, the parse orders of the model-calling
 * ones, their result keys, and how a failed call becomes {@code request_errors}/inconclusive.
 */
class UpstreamRuntimeResourcesTest {

    /** Answers in order and records what it was asked. */
    static final class Scripted implements ResourceModel {
        final List<Answer> answers;
        final List<List<ChatMessage>> asked = new ArrayList<>();
        final List<Integer> maxTokens = new ArrayList<>();

        Scripted(Answer... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Answer ask(String resourceId, List<ChatMessage> messages, int max) {
            asked.add(messages);
            maxTokens.add(max);
            return answers.remove(0);
        }
    }

    static VisibleRecord pair(String a, String b, Map<String, Object> reference) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("A", a);
        c.put("B", b);
        return new VisibleRecord("What is the capital of France?", c, reference, "");
    }

    // --- verifier.reference_match: the spec's normalization and substring rule ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello,   World!|hello world",
                "  The answer is: 42.  |the answer is 42",
                "北京 Beijing！|北京 beijing",
                "x^2 + y_1 = ½|x 2 y 1",
                "ÉCOLE café|cole caf",
                "a\u00a0\tb|a b",
                "---|''"
            })
    void normalizationLowersAndTurnsEveryRunOutsideAsciiAlnumAndCjkIntoOneSpace(String in, String out) {
        assertThat(ReferenceMatch.normalize(in)).isEqualTo(out);
    }

    @Test
    void exactlyOneCandidateContainingTheNormalizedReferenceIsTheVerdict() {
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.REFERENCE_MATCH,
                pair("The capital is PARIS, France.", "It is Lyon.", Map.of("ground_truth", "Paris, France")),
                ResourceModel.NONE);
        assertThat(r)
                .containsEntry("verdict", "A")
                .containsEntry("source", "reference_match")
                .containsEntry("matched_labels", List.of("A"))
                .doesNotContainKey("reason");
    }

    @Test
    void substringMeansInsideWordsTooAndTwoMatchesAreInconclusive() {
        // "4" is a substring of "42": upstream's rule is a plain substring test after normalization.
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.REFERENCE_MATCH,
                pair("The result is 42", "It is 4.", Map.of("answer", 4)),
                ResourceModel.NONE);
        assertThat(r)
                .containsEntry("verdict", "inconclusive")
                .containsEntry("matched_labels", List.of("A", "B"))
                .containsEntry("reason", "zero or multiple candidates matched the visible reference");
    }

    @Test
    void theFirstNonEmptyReferenceFieldInUpstreamsOrderIsUsed() {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("correct_answer", "Lyon");
        ref.put("ground_truth", "");
        ref.put("reference", "Paris");
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.REFERENCE_MATCH, pair("Paris", "Lyon", ref), ResourceModel.NONE);
        assertThat(r).containsEntry("verdict", "A");
    }

    @Test
    void noVisibleReferenceAndNoMatchAreInconclusiveWithUpstreamsReasons() {
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.REFERENCE_MATCH, pair("a", "b", Map.of()), ResourceModel.NONE))
                .isEqualTo(Map.of(
                        "verdict",
                        "inconclusive",
                        "source",
                        "reference_match",
                        "reason",
                        "no visible reference field"));
        // gt_explanation is visible but not a match key.
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.REFERENCE_MATCH,
                        pair("a", "b", Map.of("gt_explanation", "because")),
                        ResourceModel.NONE))
                .containsEntry("reason", "no visible reference field");
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.REFERENCE_MATCH,
                        pair("a", "b", Map.of("gt", "zzz")),
                        ResourceModel.NONE))
                .containsEntry("verdict", "inconclusive")
                .containsEntry("matched_labels", List.of());
    }

    // --- verifier.ground_truth_score_pair ---

    @Test
    void groundTruthScorePairCallsOncePerLabelAndTheHigherScoreWins() {
        Scripted m = new Scripted(
                ResourceModel.Answer.ok("{\"score\": 1, \"reason\": \"right\"}"),
                ResourceModel.Answer.ok("The answer is wrong."));
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.GROUND_TRUTH_SCORE_PAIR,
                pair("Paris", "Lyon", Map.of("ground_truth", "Paris")),
                m);

        assertThat(r)
                .containsEntry("verdict", "A")
                .containsEntry("source", "ground_truth_score_pair")
                .containsEntry("confidence", "high")
                .containsEntry("reference_keys", List.of("ground_truth"))
                .containsEntry("reason", "A scored higher against the visible ground truth");
        assertThat(r.get("scores")).isEqualTo(Map.of("A", 1, "B", -1));
        assertThat(r.get("parse_sources")).isEqualTo(Map.of("A", "json.score", "B", "keyword.incorrect"));
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("A", null);
        errors.put("B", null);
        assertThat(r.get("request_errors")).isEqualTo(errors);
        assertThat(m.maxTokens).containsExactly(384, 384);
        String userA = ((UserMessage) m.asked.get(0).get(1)).singleText();
        assertThat(userA)
                .contains(
                        "\"candidate_label\":\"A\"",
                        "\"candidate_response\":\"Paris\"",
                        "\"reference\":{\"ground_truth\":\"Paris\"}");
    }

    @Test
    void aFailedCallIsARequestErrorAndTheVerdictInconclusiveNeverANumber() {
        Scripted m = new Scripted(
                ResourceModel.Answer.ok("{\"score\": 1}"), ResourceModel.Answer.failed("backend_error: HTTP 500"));
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.GROUND_TRUTH_SCORE_PAIR,
                pair("Paris", "Lyon", Map.of("reference", "Paris")),
                m);
        assertThat(r)
                .containsEntry("verdict", "inconclusive")
                .containsEntry("confidence", "low")
                .containsEntry("reason", "one or both verifier scores were unparseable");
        Map<?, ?> scores = (Map<?, ?>) r.get("scores");
        assertThat(scores.get("A")).isEqualTo(1);
        assertThat(scores.containsKey("B")).isTrue();
        assertThat(scores.get("B")).isNull();
        assertThat(((Map<?, ?>) r.get("request_errors")).get("B")).isEqualTo("backend_error: HTTP 500");
    }

    @Test
    void equalScoresAreInconclusiveAndMissingInputsAnswerWithoutCalling() {
        Scripted same = new Scripted(ResourceModel.Answer.ok("score: 0"), ResourceModel.Answer.ok("\"score\": 0"));
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.GROUND_TRUTH_SCORE_PAIR, pair("x", "y", Map.of("gt", "z")), same))
                .containsEntry("verdict", "inconclusive")
                .containsEntry("parse_sources", Map.of("A", "line.score", "B", "regex.score"));
        Scripted none = new Scripted();
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.GROUND_TRUTH_SCORE_PAIR, pair("x", "y", Map.of()), none))
                .containsEntry("reason", "no visible reference or ground truth");
        assertThat(UpstreamRuntimeResources.run(
                        UpstreamRuntimeResources.GROUND_TRUTH_SCORE_PAIR,
                        pair("x", "y", Map.of("gt", "z")),
                        ResourceModel.NONE))
                .containsEntry("error", "no endpoint available");
        assertThat(none.asked).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"score\": \"-1\"}|-1|json.score",
                "{\"correctness_score\": 0.9}|0|json.correctness_score",
                "{\"verdict_score\": 1} trailing text|1|json.verdict_score",
                "```json\\n{\"score\": -1}\\n```|-1|json.score",
                "I rate it \"score\": 1 overall|1|regex.score",
                "The candidate is partially right|0|keyword.partial",
                "This matches the reference|1|keyword.correct",
                "no idea|''|''"
            })
    void scoreParseOrderIsUpstreams(String text, String score, String source) {
        var p = GroundTruthScorePair.parse(text.replace("\\n", "\n"));
        assertThat(p.score()).isEqualTo(score.isEmpty() ? null : Integer.valueOf(score));
        assertThat(p.source()).isEqualTo(source.isEmpty() ? null : source);
    }

    // --- external.openrs_pairwise_qwen ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Output (a) is good but Output (b) is better|B|output_label",
                "I think A >> B|A|scaled_pairwise",
                "A = B here|Tie|scaled_pairwise",
                "{\"winner\": \"b\"}|B|json.winner",
                "{\"verdict\": \"draw\"}|Tie|json.verdict",
                "Reasoning...\\nFinal: tie|Tie|final_line",
                "[[A]]|A|bracket",
                "  b |B|exact_label",
                "both are fine|inconclusive|unparsed"
            })
    void pairwiseLabelParseOrderIsUpstreams(String text, String verdict, String source) {
        assertThat(OpenRsPairwise.parse(text.replace("\\n", "\n")))
                .isEqualTo(new OpenRsPairwise.Parsed(verdict, source));
    }

    @Test
    void openRsUsesTheJudgeBenchFormForJudgeBenchAndRecordsARequestError() {
        Scripted m = new Scripted(ResourceModel.Answer.ok("Output (b)"));
        VisibleRecord jb = new VisibleRecord("Q", Map.of("A", "a1", "B", "b1"), Map.of(), "JudgeBench-gpt");
        var r = UpstreamRuntimeResources.run(UpstreamRuntimeResources.OPENRS_PAIRWISE, jb, m);
        assertThat(r)
                .containsEntry("verdict", "B")
                .containsEntry("confidence", "medium")
                .containsEntry("parse_source", "output_label")
                .containsEntry("source", "openrs_pairwise_qwen")
                .containsEntry("raw_output", "Output (b)");
        assertThat(r.containsKey("request_error")).isTrue();
        assertThat(m.asked.get(0))
                .singleElement()
                .satisfies(msg ->
                        assertThat(((UserMessage) msg).singleText()).contains("# Output (a): a1 # Output (b): b1"));
        assertThat(m.maxTokens).containsExactly(512);

        Scripted down = new Scripted(ResourceModel.Answer.failed("timeout: no reply"));
        var failed =
                UpstreamRuntimeResources.run(UpstreamRuntimeResources.OPENRS_PAIRWISE, pair("a", "b", Map.of()), down);
        assertThat(failed)
                .containsEntry("verdict", "inconclusive")
                .containsEntry("confidence", "low")
                .containsEntry("parse_source", "unparsed")
                .containsEntry("request_error", "timeout: no reply");
        assertThat(down.asked.get(0)).hasSize(2); // generic form: system + user
    }

    // --- external.rewardbench2_official_listwise_qwen ---

    @Test
    void listwiseTakesTheFirstBracketLabelInLabelOrderNotTextOrder() {
        Map<String, String> four = new LinkedHashMap<>();
        for (String l : List.of("A", "B", "C", "D")) {
            four.put(l, "answer " + l);
        }
        Scripted m = new Scripted(ResourceModel.Answer.ok("D looks best [[D]] ... actually [[B]]"));
        var r = UpstreamRuntimeResources.run(
                UpstreamRuntimeResources.RB2_LISTWISE, new VisibleRecord("Q", four, Map.of(), "RewardBench2"), m);
        assertThat(r)
                .containsEntry("verdict", "B")
                .containsEntry("confidence", "medium")
                .containsEntry("source", "rewardbench2_official_listwise_qwen");
        assertThat(m.maxTokens).containsExactly(2048);
        assertThat(UpstreamRuntimeResources.run(UpstreamRuntimeResources.RB2_LISTWISE, pair("a", "b", Map.of()), m))
                .containsEntry("error", "requires A/B/C/D responses");
    }

    @Test
    void anyOtherIdAnswersUpstreamsNotImplemented() {
        assertThat(UpstreamRuntimeResources.run("verifier.math_verify", pair("a", "b", Map.of()), ResourceModel.NONE))
                .isEqualTo(Map.of(
                        "verdict",
                        "inconclusive",
                        "source",
                        "verifier.math_verify",
                        "reason",
                        "resource runner is not implemented"));
        assertThat(UpstreamRuntimeResources.executable(Optional.of("runtime_llm_pipeline")))
                .isTrue();
        assertThat(UpstreamRuntimeResources.executable(Optional.of("runtime_python_sandbox")))
                .isFalse();
        assertThat(UpstreamRuntimeResources.executable(Optional.empty())).isFalse();
    }
}
