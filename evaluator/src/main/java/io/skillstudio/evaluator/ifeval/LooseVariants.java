package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight response variants of IFEval's loose evaluation, in the official order: the response,
 * the response without {@code *}, then without the first line, the last line, both, and those three
 * without {@code *}. Line removal splits and rejoins on {@code "\n"} and applies Python {@code strip()}.
 */
public final class LooseVariants {

    /**
     * One variant. {@code offset} is where {@code text} starts in the original response when the
     * variant is a contiguous slice of it (so evidence offsets can be mapped back), else -1.
     */
    public record Variant(String name, String text, int offset) {}

    /**
     * The variants of one response, and per variant whether a check can be skipped: blank (upstream
     * skips it) or equal to an earlier variant (a check is a pure function of text and params, so
     * a variant equal to an earlier, failed one cannot pass).
     */
    record Checked(String response, List<Variant> variants, boolean[] skip) {}

    /**
     * The last response's variants on this thread. A prompt's instructions all see the same response
     * object, so in loose mode the variants and the duplicate test are computed once per reward call,
     * not once per instruction.
     */
    private static final ThreadLocal<Checked> LAST = new ThreadLocal<>();

    private LooseVariants() {}

    static Checked checked(String response) {
        Checked last = LAST.get();
        if (last != null && last.response() == response) {
            return last;
        }
        List<Variant> variants = of(response);
        boolean[] skip = new boolean[variants.size()];
        for (int i = 0; i < skip.length; i++) {
            String text = variants.get(i).text();
            skip[i] = PyText.isBlank(text);
            for (int j = 0; j < i && !skip[i]; j++) {
                skip[i] = variants.get(j).text().equals(text);
            }
        }
        Checked c = new Checked(response, variants, skip);
        LAST.set(c);
        return c;
    }

    public static List<Variant> of(String response) {
        int firstNl = response.indexOf('\n');
        int lastNl = response.lastIndexOf('\n');
        // "\n".join(r[1:]) is the text after the first newline ("" without one); r[:-1] is the text
        // before the last newline; r[1:-1] is the text between them ("" with fewer than two newlines).
        Variant first = sliceStripped(
                "response_remove_first", response, firstNl < 0 ? response.length() : firstNl + 1, response.length());
        Variant last = sliceStripped("response_remove_last", response, 0, lastNl < 0 ? 0 : lastNl);
        Variant both = firstNl >= 0 && lastNl > firstNl
                ? sliceStripped("response_remove_both", response, firstNl + 1, lastNl)
                : new Variant("response_remove_both", "", -1);
        List<Variant> out = new ArrayList<>(8);
        out.add(new Variant("response", response, 0));
        out.add(new Variant("revised_response", response.replace("*", ""), -1));
        out.add(first);
        out.add(last);
        out.add(both);
        out.add(new Variant("revised_response_remove_first", first.text().replace("*", ""), -1));
        out.add(new Variant("revised_response_remove_last", last.text().replace("*", ""), -1));
        out.add(new Variant("revised_response_remove_both", both.text().replace("*", ""), -1));
        return out;
    }

    private static Variant sliceStripped(String name, String s, int from, int to) {
        int start = from;
        while (start < to && PyText.isSpace(s.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && PyText.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return new Variant(name, s.substring(start, end), start);
    }
}
