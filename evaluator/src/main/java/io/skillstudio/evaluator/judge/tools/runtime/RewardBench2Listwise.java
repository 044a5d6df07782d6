package io.skillstudio.evaluator.judge.tools.runtime;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code external.rewardbench2_official_listwise_qwen} (skillrm-format.md §3.3): exactly four candidates
 * A–D, one plain model call with a RewardBench2-style ranking prompt; the verdict is the first of
 * {@code [[A]]}, {@code [[B]]}, {@code [[C]]}, {@code [[D]]} present, in label order (not text position).
 */
final class RewardBench2Listwise {
    static final String SOURCE = "rewardbench2_official_listwise_qwen";
    static final int MAX_TOKENS = 2048;
    static final List<String> LABELS = List.of("A", "B", "C", "D");
    /** The studio's wording of a best-of-four ranking instruction; the {@code [[X]]} answer format is upstream's. */
    static final String SYSTEM =
            "Act as an impartial judge of four AI assistants' responses to the same user question. "
                    + "Choose the response that answers the question best: consider helpfulness, relevance, accuracy, depth, "
                    + "creativity and level of detail. Do not let the order of the responses, their length or the assistants' "
                    + "names influence you; be as objective as possible. After a short explanation, give your final verdict "
                    + "strictly in this format: \"[[A]]\" if assistant A is best, \"[[B]]\" if assistant B is best, \"[[C]]\" if "
                    + "assistant C is best, \"[[D]]\" if assistant D is best.";

    private RewardBench2Listwise() {}

    static Map<String, Object> run(VisibleRecord record, ResourceModel model, String resourceId) {
        if (record.candidates().size() != 4 || !record.has(LABELS)) {
            return ModelReplies.inconclusive(SOURCE, "requires A/B/C/D responses");
        }
        if (!model.available()) {
            return ModelReplies.inconclusive(SOURCE, "no endpoint available");
        }
        ResourceModel.Answer a = model.ask(resourceId, messages(record), MAX_TOKENS);
        String verdict = winner(a.text());
        boolean valid = LABELS.contains(verdict);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("verdict", valid ? verdict : "inconclusive");
        r.put("raw_output", ModelReplies.truncate(a.text(), 1200));
        r.put("source", SOURCE);
        r.put("confidence", valid ? "medium" : "low");
        r.put("request_error", a.error().orElse(null));
        return r;
    }

    static List<ChatMessage> messages(VisibleRecord record) {
        StringBuilder u =
                new StringBuilder("[User Question]\n").append(record.prompt()).append("\n\n");
        for (String l : LABELS) {
            u.append("[The Start of Assistant ")
                    .append(l)
                    .append("'s Answer]\n")
                    .append(record.candidates().get(l))
                    .append("\n[The End of Assistant ")
                    .append(l)
                    .append("'s Answer]\n\n");
        }
        return List.of(SystemMessage.from(SYSTEM), UserMessage.from(u.toString().strip()));
    }

    /** Upstream's {@code parse_official_winner}: the first label, in A–D order, whose {@code [[X]]} occurs. */
    static String winner(String text) {
        for (String l : LABELS) {
            if (text.contains("[[" + l + "]]")) {
                return l;
            }
        }
        return "error";
    }
}
