package io.skillstudio.evaluator.judge.tools;

import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeSample;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox variables of skillrm-format.md §4.1: R2's set for pointwise ({@code prompt, instruction,
 * response, system_prompt, history, sample}), R1's {@code candidates} for pairwise and listwise, plus
 * R3's {@code response_a}/{@code response_b}. Metadata and references never reach the sandbox.
 */
final class SandboxInputs {
    private SandboxInputs() {}

    static Map<String, Object> variables(JudgeSample s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("prompt", s.prompt());
        v.put("instruction", s.prompt());
        v.put("system_prompt", s.systemPrompt());
        v.put("history", s.history());
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("prompt", s.prompt());
        if (s.mode() == JudgeMode.POINTWISE) {
            v.put("response", s.responses().get(0));
            sample.put("instruction", s.prompt());
            sample.put("response", s.responses().get(0));
            sample.put("system_prompt", s.systemPrompt());
            sample.put("history", s.history());
        } else {
            Map<String, Object> candidates = new LinkedHashMap<>();
            for (int i = 0; i < s.responses().size(); i++) {
                candidates.put(JudgeSample.label(i), s.responses().get(i));
            }
            v.put("candidates", candidates);
            v.put("response", s.responses().get(0));
            v.put("response_a", s.responses().get(0));
            v.put("response_b", s.responses().get(1));
            sample.put("candidates", candidates);
        }
        v.put("sample", sample);
        return v;
    }
}
