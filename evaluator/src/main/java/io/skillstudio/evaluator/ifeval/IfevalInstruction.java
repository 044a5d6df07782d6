package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the 25 IFEval instructions. Every instruction takes its official kwargs plus {@code loose}
 * (default false). Strict mode is the official {@code test_instruction_following_strict}: an empty
 * (whitespace-only) response fails. Loose mode tries the eight {@link LooseVariants} in order and
 * passes on the first non-blank variant that passes, as {@code test_instruction_following_loose} does.
 */
public abstract class IfevalInstruction implements Verifier {

    public static final String LOOSE = "loose";
    private static final ParamSpec LOOSE_SPEC = ParamSpec.optional(
            LOOSE,
            ParamType.BOOLEAN,
            "use IFEval's loose evaluation (also accept the response without first/last line or '*')");

    private final String id;
    private final String description;
    private final List<ParamSpec> params;

    protected IfevalInstruction(String id, String description, List<ParamSpec> kwargs) {
        this.id = id;
        this.description = description;
        List<ParamSpec> all = new ArrayList<>(kwargs);
        all.add(LOOSE_SPEC);
        this.params = List.copyOf(all);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParamSpec> params() {
        return params;
    }

    /** The official {@code check_following} on one text; evidence offsets are into {@code text}. */
    abstract Check check(String text, Params params);

    @Override
    public final VerifierResult verify(VerifierInput input, Params params) {
        String response = input.response();
        boolean loose = params.bool(LOOSE).orElse(false);
        if (!loose) {
            if (PyText.isBlank(response)) {
                return VerifierResult.fail("empty response", List.of());
            }
            Check c = check(response, params);
            return VerifierResult.of(c.passed(), c.explanation(), c.evidence());
        }
        Check firstFailure = null;
        // The first variant is the response itself; most loose checks pass on it, and then the
        // other seven variants are never built.
        if (!PyText.isBlank(response)) {
            Check c = check(response, params);
            if (c.passed()) {
                return VerifierResult.pass(c.explanation(), c.evidence()).withDetails(Map.of("variant", "response"));
            }
            firstFailure = c;
        }
        LooseVariants.Checked checked = LooseVariants.checked(response);
        List<LooseVariants.Variant> variants = checked.variants();
        for (int i = 1; i < variants.size(); i++) {
            LooseVariants.Variant v = variants.get(i);
            if (checked.skip()[i]) {
                continue;
            }
            Check c = check(v.text(), params);
            if (c.passed()) {
                List<EvidenceSpan> ev = v.offset() < 0 ? List.of() : shift(c.evidence(), v.offset());
                String why = v.offset() == 0 ? c.explanation() : c.explanation() + " (loose variant " + v.name() + ")";
                return VerifierResult.pass(why, ev).withDetails(Map.of("variant", v.name()));
            }
            if (firstFailure == null) {
                firstFailure = c;
            }
        }
        return firstFailure == null
                ? VerifierResult.fail("empty response", List.of())
                : VerifierResult.fail(
                        firstFailure.explanation() + " (no loose variant passes)", firstFailure.evidence());
    }

    private static List<EvidenceSpan> shift(List<EvidenceSpan> spans, int offset) {
        if (offset == 0 || spans.isEmpty()) {
            return spans;
        }
        List<EvidenceSpan> out = new ArrayList<>(spans.size());
        for (EvidenceSpan s : spans) {
            out.add(new EvidenceSpan(s.start() + offset, s.end() + offset, s.note()));
        }
        return out;
    }
}
