package io.skillstudio.app.cli;

import io.skillstudio.evaluator.sample.SampleFormat;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a sample file is read ({@code eval}, {@code route}): its format, detected unless given, and the seed. */
final class SampleFormatOptions {

    @Option(
            names = "--samples-format",
            paramLabel = "FORMAT",
            description = "jsonl, judgebench, ifbench or rewardbench2 (default: detected from the first record).")
    String samplesFormat;

    @Option(
            names = "--samples-seed",
            defaultValue = "0",
            paramLabel = "N",
            description = "ifbench/rewardbench2: seed of the chosen response's position, Random(\"N:id\") as upstream"
                    + " (default: ${DEFAULT-VALUE}).")
    long samplesSeed;

    /** The format asked for (empty: detect); throws with the message to print for an unknown name. */
    Optional<SampleFormat> format() {
        Optional<SampleFormat> format = samplesFormat == null ? Optional.empty() : SampleFormat.parse(samplesFormat);
        if (samplesFormat != null && format.isEmpty()) {
            throw new IllegalArgumentException(
                    "--samples-format must be jsonl, judgebench, ifbench or rewardbench2, got '" + samplesFormat + "'");
        }
        return format;
    }

    long seed() {
        return samplesSeed;
    }
}
