package io.skillstudio.evaluator.math;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the final answer in a worked solution, in the order graders of math benchmarks use: the last
 * {@code \boxed{...}} (MATH), the last {@code #### x} line (GSM8K), the last "final answer is/answer:" phrase,
 * then (only in {@code auto}) the last number in the text.
 */
public final class AnswerExtraction {

    /** Which forms count as a final answer. */
    public enum Mode {
        AUTO,
        BOXED,
        MARKED
    }

    static final List<String> MODES = List.of("auto", "boxed", "marked");

    /** The answer text and where it sits in the response. */
    public record Answer(String text, int start, int end, String how) {}

    private static final Pattern HASHES = Pattern.compile("(?m)^\\s*####\\s*(.+?)\\s*$");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)(?:final answer|the answer)\\s*(?:is|:|=)\\s*:?\\s*\\$?([^\\n$]+?)\\$?\\s*(?:\\.\\s*)?(?:\\n|$)");
    private static final Pattern LABEL =
            Pattern.compile("(?im)^\\s*\\**answer\\**\\s*:\\s*\\$?([^\\n$]+?)\\$?\\s*\\.?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?(?:/\\d+)?%?|-?\\.\\d+");

    private AnswerExtraction() {}

    public static Optional<Answer> find(String response, Mode mode) {
        Optional<Answer> boxed = lastBoxed(response);
        if (boxed.isPresent() || mode == Mode.BOXED) {
            return boxed;
        }
        Optional<Answer> marked = last(HASHES, response, "#### line")
                .or(() -> last(PHRASE, response, "final answer phrase"))
                .or(() -> last(LABEL, response, "Answer: line"));
        if (marked.isPresent() || mode == Mode.MARKED) {
            return marked;
        }
        return last(NUMBER, response, "last number", 0);
    }

    private static Optional<Answer> last(Pattern p, String text, String how) {
        return last(p, text, how, 1);
    }

    private static Optional<Answer> last(Pattern p, String text, String how, int group) {
        Matcher m = p.matcher(text);
        Answer found = null;
        while (m.find()) {
            found = new Answer(m.group(group).strip(), m.start(group), m.end(group), how);
        }
        return Optional.ofNullable(found);
    }

    /** The content of the last {@code \boxed{...}} or {@code \fbox{...}}, braces balanced. */
    static Optional<Answer> lastBoxed(String text) {
        int at = Math.max(text.lastIndexOf("\\boxed"), text.lastIndexOf("\\fbox"));
        if (at < 0) {
            return Optional.empty();
        }
        int open = text.indexOf('{', at);
        if (open < 0) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(new Answer(text.substring(open + 1, i).strip(), open + 1, i, "\\boxed{}"));
            }
        }
        return Optional.empty();
    }
}
