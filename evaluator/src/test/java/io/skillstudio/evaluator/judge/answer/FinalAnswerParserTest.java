package io.skillstudio.evaluator.judge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every contract on valid and malformed input; nothing is clamped or defaulted. */
class FinalAnswerParserTest {
    static final FinalAnswerParser POINT = new FinalAnswerParser(JudgeSample.pointwise("s", "p", "r"));
    static final FinalAnswerParser PAIR = new FinalAnswerParser(
            new JudgeSample("s", JudgeMode.PAIRWISE, "", "", "p", List.of("a", "b"), "", List.of()));
    static final FinalAnswerParser LIST = new FinalAnswerParser(
            new JudgeSample("s", JudgeMode.LISTWISE, "", "", "p", List.of("a", "b", "c", "d"), "", List.of()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"score":0.25}                              | 0.25
            {"score":"0.5"}                             | 0.5
            {"score":1}                                 | 1.0
            {"score":null,"satisfied_count":3,"total_count":4} | 0.75
            """)
    void pointwiseValid(String args, double expected) {
        assertThat(((ParsedAnswer.Valid) POINT.fromArguments(args)).score()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"score":1.7}                               | score_out_of_range
            {"score":-0.1}                              | score_out_of_range
            {"score":NaN}                               | score_out_of_range
            {"score":Infinity}                          | score_out_of_range
            {"score":"NaN"}                             | score_out_of_range
            {"score":"abc"}                             | parse_error
            {"score":true}                              | parse_error
            {"score":[0.5]}                             | parse_error
            {"reason":"x"}                              | parse_error
            {"satisfied_count":5,"total_count":4}       | score_out_of_range
            {"satisfied_count":0,"total_count":0}       | parse_error
            {"satisfied_count":3.7,"total_count":4}     | parse_error
            [0.5]                                       | parse_error
            {"score":0.5,,}                             | parse_error
            {"score":0.5,"score":0.6}                   | parse_error
            '{'                                         | parse_error
            """)
    void pointwiseInvalid(String args, String reason) {
        ParsedAnswer p = POINT.fromArguments(args);
        assertThat(p).isInstanceOf(ParsedAnswer.Invalid.class);
        assertThat(((ParsedAnswer.Invalid) p).reason().code()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"verdict":"A"}                  | A
            {"verdict":"Response B"}         | B
            {"verdict":"A >> B"}             | A
            {"winner":"B>A"}                 | B
            {"verdict":"A=B"}                | Tie
            {"verdict":"no preference"}      | Tie
            {"judgment_package":{"selected":"a"}} | A
            """)
    void pairwiseLabels(String args, String label) {
        assertThat(((ParsedAnswer.Valid) PAIR.fromArguments(args)).label()).contains(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"verdict":"C"}      | parse_error
            {"verdict":""}       | parse_error
            {"verdict":7}        | parse_error
            {"verdict":"unclear"} | refusal
            {}                   | parse_error
            """)
    void pairwiseInvalid(String args, String reason) {
        assertThat(((ParsedAnswer.Invalid) PAIR.fromArguments(args)).reason().code())
                .isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"verdict":" d "}   | D
            {"verdict":"[[B]]"} | B
            """)
    void listwiseLabels(String args, String label) {
        assertThat(((ParsedAnswer.Valid) LIST.fromArguments(args)).label()).contains(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"verdict":"E"}
            {"verdict":"Tie"}
            {"verdict":"A or B"}
            """)
    void listwiseRejectsLabelsOutsideTheCandidates(String args) {
        assertThat(((ParsedAnswer.Invalid) LIST.fromArguments(args)).reason()).isEqualTo(UnscoredReason.PARSE_ERROR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Here: {"score": 0.4, "reason": "ok"}'     | 0.4
            '```json\n{"score": 0.6}\n```'              | 0.6
            '{"score": 0.2} trailing words'             | 0.2
            """)
    void textReplies(String text, double score) {
        assertThat(((ParsedAnswer.Valid) POINT.fromText(text.replace("\\n", "\n"))).score())
                .contains(score);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Looks good.'
            ''
            '{not json at all}'
            """)
    void textWithoutAnswerIsAbsent(String text) {
        assertThat(POINT.fromText(text)).isInstanceOf(ParsedAnswer.Absent.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'I pick [[A]] then change to [[B]]' | B
            """)
    void bracketLabelTakesTheLastMatch(String text, String label) {
        assertThat(((ParsedAnswer.Valid) PAIR.fromText(text)).label()).contains(label);
    }

    @org.junit.jupiter.api.Test
    void twoVerdictsForOneItemAreNotResolvedSilently() {
        FinalAnswerParser p = new FinalAnswerParser(JudgeSample.pointwise("s", "p", "r")
                .withModelItems(List.of(
                        new JudgeSample.ModelItem("tone", "polite"), new JudgeSample.ModelItem("len", "short"))));
        ParsedAnswer.Valid v = (ParsedAnswer.Valid) p.fromArguments("{\"score\":0.5,\"items\":[{\"id\":\"tone\","
                + "\"satisfied\":true},{\"id\":\"tone\",\"satisfied\":false},{\"id\":\"len\",\"satisfied\":true}]}");
        assertThat(v.items().get(0).satisfied()).isEmpty();
        assertThat(v.items().get(0).reason()).contains(UnscoredReason.PARSE_ERROR);
        assertThat(v.items().get(0).note()).contains("2 verdicts");
        assertThat(v.items().get(1).satisfied()).contains(true);
    }
}
