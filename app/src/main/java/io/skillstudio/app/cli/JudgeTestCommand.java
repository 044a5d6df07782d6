package io.skillstudio.app.cli;

import io.skillstudio.evaluator.judge.ConnectionCheck;
import io.skillstudio.evaluator.judge.JudgeSettings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio judge-test}: the studio's "Test connection" on the command line. Exit 0 when the
 * endpoint answers with a tool call, 1 when it answers without one or fails, 2 on usage errors.
 */
@Command(
        name = "judge-test",
        mixinStandardHelpOptions = true,
        description = "Check that the judge endpoint answers and supports tool calling.")
public final class JudgeTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JudgeOptions judge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JudgeSettings settings;
        try {
            settings = judge.settings().orElse(null);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (settings == null) {
            err.println("error: give --judge-base-url and --judge-model");
            return 2;
        }
        ConnectionCheck.Result r = ConnectionCheck.run(settings, System::getenv);
        out.printf(Locale.ROOT, "endpoint     %s%n", settings.baseUrl());
        out.printf(Locale.ROOT, "model        %s%n", settings.model());
        out.printf(
                Locale.ROOT,
                "reachable    %s%n",
                r.reachable() ? "yes" : "no (" + r.reason().map(x -> x.code()).orElse("") + ")");
        out.printf(Locale.ROOT, "tool calling %s%n", r.toolCalling() ? "yes" : "no");
        out.printf(Locale.ROOT, "latency      %.0f ms%n", r.latencyMs());
        out.printf(Locale.ROOT, "tokens       %d in, %d out%n", r.tokensIn(), r.tokensOut());
        out.printf(Locale.ROOT, "message      %s%n", r.message());
        return r.reachable() && r.toolCalling() ? 0 : 1;
    }
}
