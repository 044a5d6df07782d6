package io.skillstudio.evaluator.judge.tools.runtime;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code external.openrs_pairwise_qwen} (skillrm-format.md §3.3): one plain model call comparing A and B
 * (JudgeBench's "Output (a)/(b)" form when the benchmark starts with {@code judgebench}, else an A/B/Tie
 * form), the label parsed in upstream's order. Result keys are upstream's.
 */
final class OpenRsPairwise {
    static final String SOURCE = "openrs_pairwise_qwen";
    static final int MAX_TOKENS = 512;
    private static final Pattern OUTPUT_LABEL = Pattern.compile("(?i)Output\\s*\\(([ab])\\)");
    private static final Pattern SCALED =
            Pattern.compile("(?i)\\b(A\\s*>>\\s*B|A\\s*>\\s*B|A\\s*=\\s*B|B\\s*>\\s*A|B\\s*>>\\s*A)\\b");
    private static final Pattern FINAL_LINE = Pattern.compile("(?im)^\\s*Final:\\s*(A|B|Tie)\\s*\\.?\\s*$");
    private static final Pattern BRACKET = Pattern.compile("(?i)\\[\\[(A|B|Tie)\\]\\]");
    private static final List<String> JSON_KEYS = List.of("verdict", "winner", "selected", "best_label");

    private OpenRsPairwise() {}

    /** A label (A, B, Tie or inconclusive) and the rule that found it. */
    record Parsed(String verdict, String source) {}

    static Map<String, Object> run(VisibleRecord record, ResourceModel model, String resourceId) {
        if (!record.has(List.of("A", "B"))) {
            return ModelReplies.inconclusive(SOURCE, "requires A/B responses");
        }
        if (!model.available()) {
            return ModelReplies.inconclusive(SOURCE, "no endpoint available");
        }
        ResourceModel.Answer a = model.ask(resourceId, messages(record), MAX_TOKENS);
        Parsed p = parse(a.text());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("verdict", p.verdict());
        r.put("raw_output", ModelReplies.truncate(a.text(), 1200));
        r.put("source", SOURCE);
        r.put("confidence", Set.of("A", "B").contains(p.verdict()) ? "medium" : "low");
        r.put("parse_source", p.source());
        r.put("request_error", a.error().orElse(null));
        return r;
    }

    /** The studio's wording of upstream's two prompt forms; the answer formats are upstream's. */
    static List<ChatMessage> messages(VisibleRecord record) {
        String a = record.candidates().get("A");
        String b = record.candidates().get("B");
        if (record.benchmark().toLowerCase(Locale.ROOT).startsWith("judgebench")) {
            return List.of(UserMessage.from("You evaluate the quality of outputs for a given instruction and select "
                    + "the better one, Output (a) or Output (b). Give no explanation. Answer ONLY \"Output (a)\" or "
                    + "\"Output (b)\".\n# Instruction: " + record.prompt() + " # Output (a): " + a + " # Output (b): "
                    + b
                    + " # Which is better, Output (a) or Output (b)?"));
        }
        return List.of(
                SystemMessage.from("You are an impartial pairwise reward judge. Compare Response A and "
                        + "Response B to the same user request on correctness, instruction following, safety, usefulness "
                        + "and factuality. Answer with exactly one label: A, B, or Tie."),
                UserMessage.from("[User Request]\n" + record.prompt() + "\n\n[Response A]\n" + a + "\n\n[Response B]\n"
                        + b + "\n\nWhich response is better? Reply with exactly A, B, or Tie."));
    }

    /**
     * Upstream's order: the last {@code Output (a|b)}, the last scaled {@code A>>B}-style label, a JSON
     * {@code verdict/winner/selected/best_label}, the last {@code Final: X} line, the last {@code [[X]]},
     * the exact text.
     */
    static Parsed parse(String text) {
        String last = last(OUTPUT_LABEL.matcher(text));
        if (last != null) {
            return new Parsed(last.toUpperCase(Locale.ROOT), "output_label");
        }
        last = last(SCALED.matcher(text));
        if (last != null) {
            String label = last.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            String v = switch (label) {
                case "A>>B", "A>B" -> "A";
                case "B>A", "B>>A" -> "B";
                default -> "Tie";
            };
            return new Parsed(v, "scaled_pairwise");
        }
        Map<String, Object> json = ReplyJson.firstObject(text);
        for (String k : JSON_KEYS) {
            if (json.get(k) instanceof String s) {
                String n = s.strip();
                String upper = n.toUpperCase(Locale.ROOT);
                if (upper.equals("A") || upper.equals("B")) {
                    return new Parsed(upper, "json." + k);
                }
                if (Set.of("tie", "same", "draw").contains(n.toLowerCase(Locale.ROOT))) {
                    return new Parsed("Tie", "json." + k);
                }
            }
        }
        last = last(FINAL_LINE.matcher(text));
        if (last != null) {
            return new Parsed(label(last), "final_line");
        }
        last = last(BRACKET.matcher(text));
        if (last != null) {
            return new Parsed(label(last), "bracket");
        }
        String exact = text.strip().toUpperCase(Locale.ROOT);
        if (exact.equals("A") || exact.equals("B")) {
            return new Parsed(exact, "exact_label");
        }
        if (Set.of("TIE", "SAME", "DRAW").contains(exact)) {
            return new Parsed("Tie", "exact_label");
        }
        return new Parsed("inconclusive", "unparsed");
    }

    private static String label(String s) {
        return s.equalsIgnoreCase("tie") ? "Tie" : s.toUpperCase(Locale.ROOT);
    }

    private static String last(Matcher m) {
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
