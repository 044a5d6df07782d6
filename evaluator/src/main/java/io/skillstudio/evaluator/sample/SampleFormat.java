package io.skillstudio.evaluator.sample;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sample sources {@code eval} reads ({@code docs/samples-format.md}). */
public enum SampleFormat {
    /** Our JSONL: one sample per line. */
    JSONL,
    /** JudgeBench pairs: {@code pair_id, question, response_A, response_B, label} per line. */
    JUDGEBENCH,
    /** THU-KEG IFBench: a JSON array of {@code id, text_chosen, text_rejected, domain}. */
    IFBENCH,
    /** RewardBench2-style rows: {@code id, prompt, chosen, rejected, subset} per line. */
    REWARDBENCH2;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SampleFormat> parse(String s) {
        return Arrays.stream(values())
                .filter(f -> f.code().equalsIgnoreCase(s.strip()))
                .findFirst();
    }
}
