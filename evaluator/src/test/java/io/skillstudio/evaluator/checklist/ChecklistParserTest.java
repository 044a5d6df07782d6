package io.skillstudio.evaluator.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.aggregate.AggregationMethod;
import io.skillstudio.evaluator.aggregate.ItemSeverity;
import io.skillstudio.evaluator.checklist.ChecklistProblem.Kind;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ChecklistParserTest {

    static final String VALID = """
            version: 1
            items:
              - id: long_enough
                description: At least ten words.
                severity: critical
                weight: 2
                verifier: fake.min_words
                params:
                  min: 10
              - id: intent
                description: Answers what was asked.
                judge: model
            aggregation:
              method: weighted_mean
              caps:
                critical: 0.3
              veto: [long_enough]
            """;

    @Test
    void readsItemsWithDefaultsAndAggregation() {
        ChecklistParse parse = ChecklistParser.parse(VALID, "rubrics/a.checklist.yaml");

        assertThat(parse.problems()).isEmpty();
        List<ChecklistItem> items = parse.checklist().items();
        assertThat(items).extracting(ChecklistItem::id).containsExactly("long_enough", "intent");
        assertThat(items.get(0).severity()).isEqualTo(ItemSeverity.CRITICAL);
        assertThat(items.get(0).weight()).isEqualTo(2.0);
        assertThat(items.get(0).verifier()).contains("fake.min_words");
        assertThat(items.get(0).params()).isEqualTo(Map.of("min", 10));
        assertThat(items.get(1).judge()).isTrue();
        assertThat(items.get(1).severity()).isEqualTo(ItemSeverity.MAJOR);
        assertThat(items.get(1).weight()).isEqualTo(1.0);
        assertThat(parse.checklist().aggregation().method()).isEqualTo(AggregationMethod.WEIGHTED_MEAN);
        assertThat(parse.checklist().aggregation().caps()).containsEntry(ItemSeverity.CRITICAL, 0.3);
        assertThat(parse.checklist().aggregation().veto()).containsExactly("long_enough");
    }

    @Test
    void keepsPositionsOfVerifierValueAndParamKeys() {
        ChecklistItem item =
                ChecklistParser.parse(VALID, "f").checklist().items().get(0);

        assertThat(item.positionOf("verifier").orElseThrow().line()).isEqualTo(7);
        assertThat(item.positionOf("verifier").orElseThrow().column()).isEqualTo(15);
        assertThat(item.positions().get("params.min").line()).isEqualTo(9);
        assertThat(item.positions().get("params.min").column()).isEqualTo(7);
    }

    @Test
    void reportsYamlSyntaxErrorWithLineAndColumn() {
        ChecklistParse parse = ChecklistParser.parse("items:\n  - id: a\n    verifier: [unclosed\n", "f");

        assertThat(parse.problems()).hasSize(1);
        ChecklistProblem p = parse.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(p.message()).startsWith("invalid YAML");
        assertThat(p.at().orElseThrow().line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsMalformedItemsButKeepsTheGoodOnes() {
        String text = """
                items:
                  - id: good
                    verifier: fake.value
                  - description: no id
                    verifier: fake.value
                  - id: both
                    verifier: fake.value
                    judge: model
                  - id: neither
                  - id: bad_severity
                    severity: blocker
                    verifier: fake.value
                  - id: bad_weight
                    weight: -1
                    verifier: fake.value
                  - id: good
                    verifier: fake.value
                  - just a string
                """;
        ChecklistParse parse = ChecklistParser.parse(text, "f");

        assertThat(parse.checklist().items()).extracting(ChecklistItem::id).containsExactly("good");
        assertThat(parse.problems())
                .extracting(ChecklistProblem::message)
                .anyMatch(m -> m.contains("needs a string 'id'"))
                .anyMatch(m -> m.contains("not both"))
                .anyMatch(m -> m.contains("'verifier: <id>' or 'judge: model'"))
                .anyMatch(m -> m.contains("severity must be critical, major or minor"))
                .anyMatch(m -> m.contains("weight must be a positive number"))
                .anyMatch(m -> m.contains("duplicate item id 'good'"))
                .anyMatch(m -> m.contains("must be a mapping"));
        assertThat(parse.problems()).allMatch(p -> p.kind() == Kind.SYNTAX);
    }

    @Test
    void hugeWeightsThatWouldSumToInfinityAreRefused() {
        ChecklistParse parse = ChecklistParser.parse("""
                items:
                  - id: a
                    weight: 1e308
                    verifier: fake.value
                  - id: b
                    weight: 1.0e308
                    verifier: fake.value
                """, "f");
        assertThat(parse.checklist().items()).isEmpty();
        assertThat(parse.problems())
                .extracting(ChecklistProblem::message)
                .allMatch(m -> m.contains("weight must be a positive number at most 1000000"));
    }

    @Test
    void rejectsNonMappingDocumentsAndMissingItems() {
        assertThat(ChecklistParser.parse("", "f").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is a mapping"));
        assertThat(ChecklistParser.parse("- a\n- b\n", "f").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is a mapping"));
        assertThat(ChecklistParser.parse("aggregation: {method: count_ratio}\n", "f")
                        .problems())
                .extracting(ChecklistProblem::message)
                .containsExactly("checklist has no 'items'");
        assertThat(ChecklistParser.parse("version: 2\nitems: []\n", "f").problems())
                .extracting(ChecklistProblem::message)
                .anyMatch(m -> m.contains("unsupported checklist version"));
    }

    @Test
    void reportsEveryAggregationMistakeAsAggregationProblem() {
        String text = """
                items:
                  - id: a
                    verifier: fake.value
                aggregation:
                  method: geometric
                  caps: {critical: 1.5, blocker: 0.2}
                  veto: [a, missing_item]
                  extra: 1
                """;
        ChecklistParse parse = ChecklistParser.parse(text, "f");

        assertThat(parse.problems()).allMatch(p -> p.kind() == Kind.AGGREGATION);
        assertThat(parse.problems())
                .extracting(ChecklistProblem::message)
                .anyMatch(m -> m.contains("unknown aggregation method 'geometric'"))
                .anyMatch(m -> m.contains("cap for critical must be a number in [0,1]"))
                .anyMatch(m -> m.contains("caps key must be critical, major or minor, got 'blocker'"))
                .anyMatch(m -> m.contains("veto names no item of this checklist: 'missing_item'"))
                .anyMatch(m -> m.contains("unknown aggregation key 'extra'"));
        assertThat(parse.problems().stream()
                        .filter(p -> p.message().contains("geometric"))
                        .findFirst()
                        .orElseThrow()
                        .at()
                        .orElseThrow()
                        .line())
                .isEqualTo(5);
    }

    @Test
    void oneBadAggregationPartKeepsTheValidOnes() {
        String text = """
                items:
                  - id: a
                    verifier: fake.value
                aggregation:
                  method: weighted_mean
                  caps: {critical: 0.3, blocker: 0.2}
                  veto: [a, missing_item]
                  extra: 1
                """;
        ChecklistParse parse = ChecklistParser.parse(text, "f");

        assertThat(parse.problems()).hasSize(3);
        assertThat(parse.checklist().aggregation().method()).isEqualTo(AggregationMethod.WEIGHTED_MEAN);
        assertThat(parse.checklist().aggregation().caps()).containsOnly(Assertions.entry(ItemSeverity.CRITICAL, 0.3));
        assertThat(parse.checklist().aggregation().veto()).containsExactly("a");
    }
}
