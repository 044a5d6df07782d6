package io.skillstudio.evaluator.judge.tools;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgeSample;
import java.util.ArrayList;
import java.util.List;

/**
 * The tool lists offered per turn, following upstream's gating (§3.2): before {@code use_skill} only
 * {@code use_skill} and {@code final_answer}; after it the resource tools, the sandbox when enabled,
 * and {@code final_answer}. Specs are built once per sample and reused every turn.
 */
public final class ToolCatalog {
    private final List<ToolSpecification> beforeLoad;
    private final List<ToolSpecification> afterLoad;
    private final ToolSpecification finalAnswer;

    public ToolCatalog(JudgeSample sample, boolean sandbox) {
        this.finalAnswer = finalAnswer(sample);
        this.beforeLoad = List.of(useSkill(), finalAnswer);
        List<ToolSpecification> after = new ArrayList<>(List.of(listResources(), viewResource(), runResource()));
        if (sandbox) {
            after.add(pythonSandbox());
        }
        after.add(finalAnswer);
        this.afterLoad = List.copyOf(after);
    }

    public List<ToolSpecification> tools(boolean skillLoaded) {
        return skillLoaded ? afterLoad : beforeLoad;
    }

    public ToolSpecification finalAnswer() {
        return finalAnswer;
    }

    private static ToolSpecification useSkill() {
        return ToolSpecification.builder()
                .name(ToolNames.USE_SKILL)
                .description("Load the reward-evaluation skill: returns SKILL.md and the resource index. Call once.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("skill_name", "the advertised skill name")
                        .addStringProperty("reason", "why this skill applies")
                        .required("skill_name", "reason")
                        .additionalProperties(false)
                        .build())
                .build();
    }

    private static ToolSpecification listResources() {
        return ToolSpecification.builder()
                .name(ToolNames.LIST_RESOURCES)
                .description("List the skill's resources, optionally only those of one type.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("type", "resource type filter")
                        .additionalProperties(false)
                        .build())
                .build();
    }

    private static ToolSpecification viewResource() {
        return ToolSpecification.builder()
                .name(ToolNames.VIEW_RESOURCE)
                .description("Read a resource file of the skill by its path (or resource id).")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("path", "path inside the skill, e.g. rubrics/main.md")
                        .addStringProperty("resource_id", "alternatively, the resource id")
                        .addStringProperty("reason", "why you need it")
                        .required("reason")
                        .build())
                .build();
    }

    private static ToolSpecification runResource() {
        return ToolSpecification.builder()
                .name(ToolNames.RUN_RESOURCE)
                .description("Run a verifier or checklist resource on the candidate response(s) and get exact, "
                        + "deterministic evidence (counts, pass/fail, spans). Prefer this to counting yourself.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("resource_id", "id of a verifier or checklist resource")
                        .addProperty(
                                "params",
                                JsonObjectSchema.builder()
                                        .description("verifier parameters, when the resource does not fix them")
                                        .build())
                        .addStringProperty("reason", "why you run it")
                        .required("resource_id", "reason")
                        .build())
                .build();
    }

    private static ToolSpecification pythonSandbox() {
        return ToolSpecification.builder()
                .name(ToolNames.PYTHON_SANDBOX)
                .description("Run a short Python snippet over the visible sample (variables prompt, response, "
                        + "sample; constraint helpers preloaded). Set `result` or print. Imports limited to "
                        + "collections, decimal, fractions, functools, itertools, json, math, re, statistics, "
                        + "string, unicodedata.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("code", "the Python code")
                        .addStringProperty("reason", "what it checks")
                        .required("code", "reason")
                        .build())
                .build();
    }

    private static ToolSpecification finalAnswer(JudgeSample s) {
        JsonObjectSchema.Builder p = JsonObjectSchema.builder();
        if (s.mode() == JudgeMode.POINTWISE) {
            p.addNumberProperty("score", "the reward in [0,1]")
                    .addIntegerProperty("satisfied_count")
                    .addIntegerProperty("total_count")
                    .addNumberProperty("confidence", "in [0,1]")
                    .addProperty(
                            "used_resources",
                            JsonArraySchema.builder()
                                    .items(new JsonStringSchema())
                                    .build())
                    .addStringProperty("reason");
            if (!s.modelItems().isEmpty()) {
                p.addProperty(
                        "items",
                        JsonArraySchema.builder()
                                .description("one entry per checklist item to judge")
                                .items(JsonObjectSchema.builder()
                                        .addStringProperty("id")
                                        .addProperty("satisfied", new JsonBooleanSchema())
                                        .addStringProperty("reason")
                                        .required("id", "satisfied")
                                        .build())
                                .build());
            }
            p.required("score");
        } else {
            List<String> labels = new ArrayList<>(s.labels());
            if (s.mode() == JudgeMode.PAIRWISE && s.allowTie()) {
                labels.add("Tie");
            }
            p.addEnumProperty(
                            "verdict",
                            labels,
                            s.mode() == JudgeMode.PAIRWISE
                                    ? (s.allowTie() ? "the better response, or Tie" : "the better response")
                                    : "the label of the best response")
                    .addStringProperty("rationale")
                    .required("verdict");
        }
        return ToolSpecification.builder()
                .name(ToolNames.FINAL_ANSWER)
                .description("Submit the final judgement. This ends the evaluation.")
                .parameters(p.build())
                .build();
    }
}
