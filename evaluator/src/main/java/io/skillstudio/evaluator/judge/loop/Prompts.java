package io.skillstudio.evaluator.judge.loop;

import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeSample;

/**
 * The system and user messages. Candidate text is wrapped in tagged blocks with the closing tag
 * neutralised inside it, so a response cannot end its own block and talk to the judge as the
 * framework (style guide 16). Prompt and response caps follow upstream (§3.6: 8000 and 12000 chars).
 */
final class Prompts {
    static final int MAX_PROMPT_CHARS = 8000;
    static final int MAX_RESPONSE_CHARS = 12000;

    private Prompts() {}

    static String system(JudgeSample s, String skillName, String skillDescription, int maxSteps) {
        StringBuilder b = new StringBuilder();
        b.append("You are a careful reward judge. One evaluation skill is available:\n")
                .append("- ")
                .append(skillName)
                .append(": ")
                .append(skillDescription)
                .append("\n\n")
                .append("Call use_skill to load it, read the resources it points to, run verifier resources with ")
                .append("run_resource instead of counting by hand, then call final_answer exactly once. ")
                .append("You have at most ")
                .append(maxSteps)
                .append(" turns.\n");
        switch (s.mode()) {
            case POINTWISE ->
                b.append("final_answer: {\"score\": number in [0,1], \"satisfied_count\", ")
                        .append("\"total_count\", \"confidence\", \"used_resources\", \"reason\"}.\n");
            case PAIRWISE ->
                b.append(
                        s.allowTie()
                                ? "final_answer: {\"verdict\": \"A\" | \"B\" | \"Tie\", \"rationale\"}.\n"
                                : "final_answer: {\"verdict\": \"A\" | \"B\", \"rationale\"} (no Tie: one response is correct).\n");
            case LISTWISE ->
                b.append("final_answer: {\"verdict\": one of ")
                        .append(s.labels())
                        .append(" (the best response), \"rationale\"}.\n");
        }
        if (!s.modelItems().isEmpty()) {
            b.append(
                    "Also decide each checklist item below in final_answer.items as {\"id\", \"satisfied\", \"reason\"}.\n");
        }
        return b.toString();
    }

    static String user(JudgeSample s) {
        StringBuilder b = new StringBuilder();
        if (!s.systemPrompt().isEmpty()) {
            block(b, "system_prompt", s.systemPrompt(), MAX_PROMPT_CHARS);
        }
        if (!s.history().isEmpty()) {
            block(b, "conversation_history", s.history(), MAX_PROMPT_CHARS);
        }
        block(b, "user_prompt", s.prompt(), MAX_PROMPT_CHARS);
        if (s.mode() == JudgeMode.POINTWISE) {
            block(b, "response", s.responses().get(0), MAX_RESPONSE_CHARS);
        } else {
            for (int i = 0; i < s.responses().size(); i++) {
                block(b, "response_" + JudgeSample.label(i), s.responses().get(i), MAX_RESPONSE_CHARS);
            }
        }
        if (!s.modelItems().isEmpty()) {
            b.append("Checklist items to judge:\n");
            s.modelItems()
                    .forEach(i -> b.append("- ")
                            .append(i.id())
                            .append(": ")
                            .append(i.text())
                            .append('\n'));
        }
        b.append(
                s.mode() == JudgeMode.POINTWISE
                        ? "Score how well the response satisfies the prompt's requirements; use satisfied/total as the base."
                        : "Decide which response is better.");
        return b.toString();
    }

    static String invalidAnswer(String detail) {
        return "Your final answer was invalid (" + detail + "). Call final_answer again with a valid answer.";
    }

    static String forceFinal() {
        return "No more tool use is allowed. Call final_answer now with your best judgement.";
    }

    private static void block(StringBuilder b, String tag, String text, int cap) {
        String t = text.length() > cap ? text.substring(0, cap) + "\n[truncated]" : text;
        // Neutralise our own delimiters inside the untrusted text.
        t = t.replace("</" + tag + ">", "<\\/" + tag + ">");
        b.append('<')
                .append(tag)
                .append(">\n")
                .append(t)
                .append("\n</")
                .append(tag)
                .append(">\n\n");
    }
}
