package io.skillstudio.evaluator.judge;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What the judge sees of one sample. Candidates are labelled A, B, C... in order; pointwise has one.
 *
 * @param modelItems checklist items marked {@code judge: model}, judged in the same loop
 * @param allowTie pairwise: whether {@code Tie} is a valid verdict (JudgeBench's contract is A or B only)
 */
public record JudgeSample(
        String id,
        JudgeMode mode,
        String systemPrompt,
        String history,
        String prompt,
        List<String> responses,
        String reference,
        List<ModelItem> modelItems,
        boolean allowTie) {

    public JudgeSample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        systemPrompt = Objects.requireNonNullElse(systemPrompt, "");
        history = Objects.requireNonNullElse(history, "");
        prompt = Objects.requireNonNullElse(prompt, "");
        reference = Objects.requireNonNullElse(reference, "");
        responses = List.copyOf(responses);
        modelItems = List.copyOf(modelItems);
        int need = mode == JudgeMode.POINTWISE ? 1 : 2;
        if (responses.size() < need
                || (mode != JudgeMode.LISTWISE && responses.size() > need)
                || responses.size() > 26) {
            throw new IllegalArgumentException(mode + " needs " + (mode == JudgeMode.LISTWISE ? "2..26" : need)
                    + " responses, got " + responses.size());
        }
    }

    /** A sample whose pairwise contract allows Tie, as upstream's generic pairwise one does. */
    public JudgeSample(
            String id,
            JudgeMode mode,
            String systemPrompt,
            String history,
            String prompt,
            List<String> responses,
            String reference,
            List<ModelItem> modelItems) {
        this(id, mode, systemPrompt, history, prompt, responses, reference, modelItems, true);
    }

    public static JudgeSample pointwise(String id, String prompt, String response) {
        return new JudgeSample(id, JudgeMode.POINTWISE, "", "", prompt, List.of(response), "", List.of());
    }

    public JudgeSample withModelItems(List<ModelItem> items) {
        return new JudgeSample(id, mode, systemPrompt, history, prompt, responses, reference, items, allowTie);
    }

    /** The same sample with the responses in {@code order} (indices into the current list). */
    public JudgeSample reordered(List<Integer> order) {
        List<String> r = order.stream().map(responses::get).toList();
        return new JudgeSample(id, mode, systemPrompt, history, prompt, r, reference, modelItems, allowTie);
    }

    /** The label of candidate {@code i}: A, B, C... */
    public static String label(int i) {
        return String.valueOf((char) ('A' + i));
    }

    public List<String> labels() {
        return IntStream.range(0, responses.size()).mapToObj(JudgeSample::label).toList();
    }

    /** A checklist item the model decides; {@code text} is what the model is asked. */
    public record ModelItem(String id, String text) {
        public ModelItem {
            Objects.requireNonNull(id, "id");
            text = Objects.requireNonNullElse(text, "");
        }
    }
}
