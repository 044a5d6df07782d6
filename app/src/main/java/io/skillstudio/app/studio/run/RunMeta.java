package io.skillstudio.app.studio.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The studio's note beside a kept run ({@code run.json}): which package and sample file it used and
 * when, so a reopened run can show the response texts and link back to the package. Runs written by
 * {@code skillstudio eval} have no such note and open without it.
 *
 * @param sampleSet absolute path of the sample file, or null for a single scratch sample
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"skill", "packageRoot", "sampleSet", "startedAt", "mode", "samples"})
public record RunMeta(String skill, String packageRoot, String sampleSet, String startedAt, String mode,
        int samples) {

    public static final String FILE = "run.json";
}
