package io.skillstudio.app.studio.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.SampleFormat;
import java.util.Optional;

/**
 * The studio's note beside a kept run ({@code run.json}): which package and sample file it used, when,
 * and with which choices, so a reopened run can show the response texts, link back to the package and
 * run one sample again as the whole run was. Runs written by {@code skillstudio eval} have no such
 * note and open without it; notes written before the choices were recorded read as the defaults.
 *
 * @param sampleSet absolute path of the sample file, or null for a single scratch sample
 * @param mode the run's mode (the one asked for, or the one the first sample implied)
 * @param format the sample format code the file was read as, null when detected
 * @param allowInvalid the run was asked to evaluate a package that fails validation; this and the other
 *     choices ({@code wholeSkill}, {@code swap}, {@code strictSkill}) are null when off
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "skill",
    "packageRoot",
    "sampleSet",
    "startedAt",
    "mode",
    "samples",
    "format",
    "wholeSkill",
    "swap",
    "strictSkill",
    "allowInvalid"
})
public record RunMeta(
        String skill,
        String packageRoot,
        String sampleSet,
        String startedAt,
        String mode,
        int samples,
        String format,
        Boolean wholeSkill,
        Boolean swap,
        Boolean strictSkill,
        Boolean allowInvalid) {

    public static final String FILE = "run.json";

    /** A note for a run with these choices. */
    public static RunMeta of(
            String skill,
            String packageRoot,
            String sampleSet,
            String startedAt,
            String mode,
            int samples,
            RunChoices c) {
        return new RunMeta(
                skill,
                packageRoot,
                sampleSet,
                startedAt,
                mode,
                samples,
                c.format().map(SampleFormat::code).orElse(null),
                on(c.wholeSkill()),
                on(c.swap()),
                on(c.strictSkill()),
                on(c.allowInvalid()));
    }

    /** The run's choices, with its mode fixed (a sample run again is judged as the whole run was). */
    @JsonIgnore
    public RunChoices choices() {
        return new RunChoices(
                mode == null ? Optional.empty() : EvalMode.parse(mode),
                format == null ? Optional.empty() : SampleFormat.parse(format),
                is(wholeSkill),
                is(swap),
                is(strictSkill),
                is(allowInvalid));
    }

    private static Boolean on(boolean b) {
        return b ? Boolean.TRUE : null;
    }

    private static boolean is(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
