package io.skillstudio.evaluator.judge.tools.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code verifier.ground_truth_score_pair} (skillrm-format.md §3.3): one model call per candidate A and B
 * asking for {@code {"score": 1|0|-1, "reason"}} against the visible reference; the higher score wins,
 * a tie or an unparsed score is {@code inconclusive}. The result keys are upstream's; a failed call is a
 * {@code request_errors} entry and an unparsed score, never a number.
 */
final class GroundTruthScorePair {
    static final String SOURCE = "ground_truth_score_pair";
    static final int MAX_TOKENS = 384;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The studio's wording of upstream's verifier instruction; the output contract is upstream's. */
    static final String SYSTEM = """
            You verify one candidate answer against the visible user prompt and the visible reference or ground truth.
            Judge only from the prompt, the candidate response and the reference given.
            Answer with JSON only: {"score": 1|0|-1, "reason": "short reason"}
            1 = the candidate's final answer is correct or agrees with the reference in substance.
            0 = partly correct, ambiguous, incomplete, or not decidable from the reference.
            -1 = wrong, contradicts the reference, or picks the wrong final answer.
            """;

    private static final List<String> SCORE_KEYS = List.of("score", "verdict_score", "correctness_score");
    private static final Pattern QUOTED = Pattern.compile("\"score\"\\s*:\\s*(-?1|0)\\b");
    private static final Pattern LINE = Pattern.compile("(?im)^\\s*score\\s*[:=]\\s*(-?1|0)\\s*$");
    private static final Pattern INCORRECT = Pattern.compile("\\bincorrect\\b|\\bwrong\\b|\\bcontradict");
    private static final Pattern PARTIAL =
            Pattern.compile("\\bpartially\\b|\\bambiguous\\b|\\bunclear\\b|\\bincomplete\\b");
    private static final Pattern CORRECT = Pattern.compile("\\bcorrect\\b|\\bmatches\\b");

    private GroundTruthScorePair() {}

    /** A parsed score and where it came from; both null when nothing parsed. */
    record Parsed(Integer score, String source) {}

    static Map<String, Object> run(VisibleRecord record, ResourceModel model, String resourceId) {
        if (!record.has(List.of("A", "B"))) {
            return ModelReplies.inconclusive(SOURCE, "requires A/B responses");
        }
        if (record.reference().isEmpty()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("verdict", "inconclusive");
            r.put("source", SOURCE);
            r.put("reason", "no visible reference or ground truth");
            return r;
        }
        if (!model.available()) {
            return ModelReplies.inconclusive(SOURCE, "no endpoint available");
        }
        Map<String, Object> scores = new LinkedHashMap<>();
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, Object> errors = new LinkedHashMap<>();
        Map<String, Object> sources = new LinkedHashMap<>();
        for (String label : List.of("A", "B")) {
            ResourceModel.Answer a = model.ask(resourceId, messages(record, label), MAX_TOKENS);
            Parsed p = parse(a.text());
            scores.put(label, p.score());
            raw.put(label, ModelReplies.truncate(a.text(), 800));
            errors.put(label, a.error().orElse(null));
            sources.put(label, p.source());
        }
        Integer sa = (Integer) scores.get("A");
        Integer sb = (Integer) scores.get("B");
        String verdict;
        String reason;
        if (sa == null || sb == null) {
            verdict = "inconclusive";
            reason = "one or both verifier scores were unparseable";
        } else if (sa > sb) {
            verdict = "A";
            reason = "A scored higher against the visible ground truth";
        } else if (sb > sa) {
            verdict = "B";
            reason = "B scored higher against the visible ground truth";
        } else {
            verdict = "inconclusive";
            reason = "both candidates received the same verifier score";
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("verdict", verdict);
        r.put("source", SOURCE);
        r.put("scores", scores);
        r.put("parse_sources", sources);
        r.put("raw_outputs", raw);
        r.put("request_errors", errors);
        r.put("reference_keys", List.copyOf(new TreeSet<>(record.reference().keySet())));
        r.put("confidence", Set.of("A", "B").contains(verdict) ? "high" : "low");
        r.put("reason", reason);
        return r;
    }

    static List<ChatMessage> messages(VisibleRecord record, String label) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("prompt", record.prompt());
        user.put("reference", record.reference());
        user.put("candidate_label", label);
        user.put("candidate_response", record.candidates().get(label));
        String json;
        try {
            json = MAPPER.writeValueAsString(user);
        } catch (JsonProcessingException e) {
            json = String.valueOf(user);
        }
        List<ChatMessage> m = new ArrayList<>();
        m.add(SystemMessage.from(SYSTEM));
        m.add(UserMessage.from(json));
        return m;
    }

    /** Upstream's order: JSON keys, a {@code "score": n} anywhere, a {@code score: n} line, then keywords. */
    static Parsed parse(String text) {
        Map<String, Object> json = ReplyJson.firstObject(text);
        for (String k : SCORE_KEYS) {
            Object v = json.get(k);
            if (v instanceof Number n && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                // Python int() truncates toward zero: 0.7 -> 0, -1.5 -> -1.
                long t = n.longValue();
                if (t >= -1 && t <= 1) {
                    return new Parsed((int) t, "json." + k);
                }
            }
            if (v instanceof Boolean b) {
                return new Parsed(b ? 1 : 0, "json." + k); // Python: True is the int 1
            }
            if (v instanceof String s && Set.of("-1", "0", "1").contains(s.strip())) {
                return new Parsed(Integer.parseInt(s.strip()), "json." + k);
            }
        }
        Matcher m = QUOTED.matcher(text);
        if (m.find()) {
            return new Parsed(Integer.parseInt(m.group(1)), "regex.score");
        }
        m = LINE.matcher(text);
        if (m.find()) {
            return new Parsed(Integer.parseInt(m.group(1)), "line.score");
        }
        String lower = PyText.lower(text);
        if (INCORRECT.matcher(lower).find()) {
            return new Parsed(-1, "keyword.incorrect");
        }
        if (PARTIAL.matcher(lower).find()) {
            return new Parsed(0, "keyword.partial");
        }
        if (CORRECT.matcher(lower).find()) {
            return new Parsed(1, "keyword.correct");
        }
        return new Parsed(null, null);
    }
}
