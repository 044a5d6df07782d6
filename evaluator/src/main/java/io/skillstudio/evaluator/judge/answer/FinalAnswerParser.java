package io.skillstudio.evaluator.judge.answer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.skillstudio.evaluator.judge.ItemVerdict;
import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code final_answer} tool's arguments (or a plain-text reply) under the sample's mode.
 * Unlike upstream it never coerces: a score outside [0,1], NaN or a non-number is invalid, not
 * clamped or turned into 0.5 (docs/judge.md lists each difference).
 */
public final class FinalAnswerParser {
    // NaN and Infinity are accepted by the reader so they can be reported as out of range, not as bad JSON.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> LABEL_KEYS = List.of("verdict", "selected", "best_label", "winner");

    private final JudgeSample sample;

    public FinalAnswerParser(JudgeSample sample) {
        this.sample = sample;
    }

    /** Parses {@code final_answer} arguments: a JSON object as a string. */
    public ParsedAnswer fromArguments(String arguments) {
        JsonNode node;
        try {
            node = MAPPER.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            return new ParsedAnswer.Invalid(
                    UnscoredReason.PARSE_ERROR, "final_answer arguments are not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new ParsedAnswer.Invalid(UnscoredReason.PARSE_ERROR, "final_answer arguments are not a JSON object");
        }
        return fromObject(node);
    }

    /** Parses a plain-text reply: a JSON object in it, or (pairwise/listwise) a {@code [[X]]} label. */
    public ParsedAnswer fromText(String text) {
        Optional<JsonNode> json = TextAnswers.firstJsonObject(text, MAPPER);
        if (json.isPresent()) {
            return fromObject(json.get());
        }
        if (sample.mode() != JudgeMode.POINTWISE) {
            Optional<String> label = TextAnswers.lastBracketLabel(text);
            if (label.isPresent()) {
                return label(label.get(), text);
            }
        }
        return new ParsedAnswer.Absent();
    }

    private ParsedAnswer fromObject(JsonNode o) {
        String rationale = text(o, "reason").or(() -> text(o, "rationale")).orElse("");
        if (sample.mode() == JudgeMode.POINTWISE) {
            return pointwise(o, rationale);
        }
        for (String k : LABEL_KEYS) {
            Optional<String> v = text(o, k).or(() -> text(o.path("judgment_package"), k));
            if (v.isPresent()) {
                return label(v.get(), rationale);
            }
        }
        return new ParsedAnswer.Invalid(UnscoredReason.PARSE_ERROR, "final_answer has no verdict");
    }

    private ParsedAnswer label(String raw, String rationale) {
        Optional<String> l =
                sample.mode() == JudgeMode.PAIRWISE ? Labels.pairwise(raw) : Labels.listwise(raw, sample.labels());
        if (l.isEmpty()) {
            return new ParsedAnswer.Invalid(
                    UnscoredReason.PARSE_ERROR,
                    "not a valid " + sample.mode().name().toLowerCase(Locale.ROOT) + " verdict: '" + abbreviate(raw)
                            + "'");
        }
        if (l.get().equals(Labels.TIE) && !sample.allowTie()) {
            return new ParsedAnswer.Invalid(
                    UnscoredReason.PARSE_ERROR, "Tie is not a valid verdict here; answer A or B");
        }
        if (l.get().equals(Labels.ABSTAIN)) {
            return new ParsedAnswer.Invalid(UnscoredReason.REFUSAL, "the judge abstained ('" + abbreviate(raw) + "')");
        }
        return new ParsedAnswer.Valid(Optional.empty(), l, rationale, List.of());
    }

    private ParsedAnswer pointwise(JsonNode o, String rationale) {
        JsonNode s = o.get("score");
        double score;
        if (s != null && !s.isNull()) {
            if (s.isNumber()) {
                score = s.doubleValue();
            } else if (s.isTextual()) {
                try {
                    score = Double.parseDouble(s.textValue().strip());
                } catch (NumberFormatException e) {
                    return new ParsedAnswer.Invalid(
                            UnscoredReason.PARSE_ERROR, "score is not a number: '" + abbreviate(s.textValue()) + "'");
                }
            } else {
                return new ParsedAnswer.Invalid(
                        UnscoredReason.PARSE_ERROR, "score is not a number: " + s.getNodeType());
            }
        } else {
            Optional<ParsedAnswer> fromCounts = fromCounts(o);
            if (fromCounts.isEmpty()) {
                return new ParsedAnswer.Invalid(UnscoredReason.PARSE_ERROR, "final_answer has no score");
            }
            if (fromCounts.get() instanceof ParsedAnswer.Invalid) {
                return fromCounts.get();
            }
            score = ((ParsedAnswer.Valid) fromCounts.get()).score().orElseThrow();
        }
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            return new ParsedAnswer.Invalid(UnscoredReason.SCORE_OUT_OF_RANGE, "score is " + score);
        }
        if (score < 0 || score > 1) {
            return new ParsedAnswer.Invalid(UnscoredReason.SCORE_OUT_OF_RANGE, "score " + score + " is outside [0,1]");
        }
        return new ParsedAnswer.Valid(Optional.of(score), Optional.empty(), rationale, items(o));
    }

    /** Upstream derives the score from satisfied/total when it is missing; we keep that, minus its coercions. */
    private static Optional<ParsedAnswer> fromCounts(JsonNode o) {
        JsonNode sat = o.get("satisfied_count");
        JsonNode tot = o.get("total_count");
        if (sat == null || tot == null || sat.isNull() || tot.isNull()) {
            return Optional.empty();
        }
        if (!sat.isIntegralNumber() || !tot.isIntegralNumber()) {
            return Optional.of(new ParsedAnswer.Invalid(UnscoredReason.PARSE_ERROR, "counts are not whole numbers"));
        }
        long s = sat.longValue();
        long t = tot.longValue();
        if (t <= 0 || s < 0) {
            return Optional.of(new ParsedAnswer.Invalid(
                    UnscoredReason.PARSE_ERROR, "counts " + s + "/" + t + " do not define a score"));
        }
        if (s > t) {
            return Optional.of(new ParsedAnswer.Invalid(
                    UnscoredReason.SCORE_OUT_OF_RANGE, "satisfied_count " + s + " exceeds total_count " + t));
        }
        return Optional.of(new ParsedAnswer.Valid(Optional.of((double) s / t), Optional.empty(), "", List.of()));
    }

    /** Verdicts for the sample's {@code judge: model} items; an item the answer skips stays unscored. */
    private List<ItemVerdict> items(JsonNode o) {
        List<ItemVerdict> out = new ArrayList<>();
        JsonNode items = o.path("items");
        for (JudgeSample.ModelItem item : sample.modelItems()) {
            JsonNode v = find(items, item.id());
            long copies = items.isArray() ? count(items, item.id()) : 0;
            if (copies > 1) {
                // Two verdicts for one item (perhaps contradicting): neither is picked silently.
                out.add(ItemVerdict.unscored(
                        item.id(),
                        UnscoredReason.PARSE_ERROR,
                        "the final answer gives " + copies + " verdicts for this item"));
            } else if (v == null) {
                out.add(ItemVerdict.unscored(
                        item.id(), UnscoredReason.NO_FINAL_ANSWER, "the final answer did not cover this item"));
            } else if (v.isBoolean()) {
                out.add(ItemVerdict.decided(item.id(), v.booleanValue(), ""));
            } else if (v.path("satisfied").isBoolean()) {
                out.add(ItemVerdict.decided(
                        item.id(),
                        v.path("satisfied").booleanValue(),
                        v.path("reason").asText("")));
            } else {
                out.add(ItemVerdict.unscored(item.id(), UnscoredReason.PARSE_ERROR, "satisfied is not true or false"));
            }
        }
        return out;
    }

    private static long count(JsonNode items, String id) {
        long n = 0;
        for (JsonNode e : items) {
            n += id.equals(e.path("id").asText(null)) ? 1 : 0;
        }
        return n;
    }

    private static JsonNode find(JsonNode items, String id) {
        if (items.isObject()) {
            return items.get(id);
        }
        if (items.isArray()) {
            for (JsonNode n : items) {
                if (id.equals(n.path("id").asText(null))) {
                    return n;
                }
            }
        }
        return null;
    }

    private static Optional<String> text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? Optional.of(v.textValue()) : Optional.empty();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
