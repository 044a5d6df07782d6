package io.skillstudio.app.cli;

import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierProvider;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;

/** A test-only verifier family, registered through META-INF/services so the CLI's standard registry sees it. */
public final class AppTestVerifiers implements VerifierProvider {

    @Override
    public List<Verifier> verifiers() {
        return List.of(new Verifier() {
            public String id() {
                return "apptest.contains";
            }

            public String description() {
                return "response contains text";
            }

            public List<ParamSpec> params() {
                return List.of(ParamSpec.required("text", ParamType.STRING, "needle"));
            }

            public VerifierResult verify(VerifierInput input, Params params) {
                return VerifierResult.of(
                        input.response().contains(params.string("text").orElseThrow()), "", List.of());
            }
        });
    }
}
