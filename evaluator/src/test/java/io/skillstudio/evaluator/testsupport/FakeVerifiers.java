package io.skillstudio.evaluator.testsupport;

import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.List;
import java.util.function.BiFunction;

/** Tiny verifiers for tests, so runner tests do not depend on the real families on other branches. */
public final class FakeVerifiers {

    private FakeVerifiers() {}

    /** {@code fake.contains(text)}, {@code fake.min_words(min)}, {@code fake.value(v)}, {@code fake.boom}. */
    public static VerifierRegistry registry() {
        return VerifierRegistry.builder()
                .add(verifier(
                        "fake.contains", List.of(ParamSpec.required("text", ParamType.STRING, "needle")), (in, p) -> {
                            String needle = p.string("text").orElseThrow();
                            int at = in.response().indexOf(needle);
                            return at >= 0
                                    ? VerifierResult.pass(
                                            "found", List.of(new EvidenceSpan(at, at + needle.length(), "match")))
                                    : VerifierResult.fail("absent", List.of());
                        }))
                .add(verifier(
                        "fake.min_words",
                        List.of(ParamSpec.required("min", ParamType.INTEGER, "minimum")),
                        (in, p) -> VerifierResult.of(
                                words(in.response()) >= p.integer("min").orElseThrow(),
                                words(in.response()) + " words",
                                List.of())))
                .add(verifier(
                        "fake.value",
                        List.of(ParamSpec.required("v", ParamType.NUMBER, "value")),
                        (in, p) -> VerifierResult.value(p.number("v").orElseThrow(), "fixed", List.of())))
                .add(verifier("fake.boom", List.of(), (in, p) -> {
                    throw new IllegalStateException("kaboom");
                }))
                .build();
    }

    public static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    public static Verifier verifier(
            String id, List<ParamSpec> specs, BiFunction<VerifierInput, Params, VerifierResult> fn) {
        return new Verifier() {
            public String id() {
                return id;
            }

            public String description() {
                return "test verifier " + id;
            }

            public List<ParamSpec> params() {
                return specs;
            }

            public VerifierResult verify(VerifierInput input, Params params) {
                return fn.apply(input, params);
            }
        };
    }
}
