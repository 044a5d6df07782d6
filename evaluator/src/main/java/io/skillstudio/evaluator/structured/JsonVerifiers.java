package io.skillstudio.evaluator.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierProvider;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Structured-output checks ({@code json.*}): the response holds a JSON document (whole, fenced or
 * embedded), it conforms to a JSON Schema (networknt json-schema-validator; draft 2020-12 unless the
 * schema's {@code $schema} says otherwise; {@code format} asserted; remote {@code $ref}s never fetched), and
 * it has the keys a consumer needs at a JSON pointer.
 */
public final class JsonVerifiers implements VerifierProvider {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_REPORTED_ERRORS = 10;

    private static final ParamSpec EXTRACT = ParamSpec.oneOf(
            "extract",
            false,
            "where the document is: auto (whole text, then the first fenced block, then the first balanced "
                    + "object or array), whole or fenced (default auto)",
            JsonExtraction.MODES);

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(l -> l.fetchRemoteResources(false)));

    @Override
    public List<Verifier> verifiers() {
        return List.of(new Valid(), new Conforms(), new RequiredKeys());
    }

    static JsonExtraction.Result extract(VerifierInput in, Params p) {
        return JsonExtraction.find(in.response(), JsonExtraction.mode(p.string("extract")));
    }

    static VerifierResult notJson(JsonExtraction.Problem problem) {
        return VerifierResult.fail(
                problem.message(),
                problem.end() > problem.start()
                        ? List.of(new EvidenceSpan(problem.start(), problem.end(), "not JSON"))
                        : List.of());
    }

    /** The schema from a param: a JSON object, or a string holding one. */
    static JsonNode schemaNode(Object raw) {
        try {
            return raw instanceof String s ? JSON.readTree(s) : JSON.valueToTree(raw);
        } catch (Exception e) {
            throw new IllegalArgumentException("schema is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The shared shape of the {@code json.*} checks: find the document (a response without one fails with
     * the parser's message), then judge the document found.
     */
    abstract static class OnDocument implements Verifier {
        @Override
        public final VerifierResult verify(VerifierInput input, Params params) {
            JsonExtraction.Result r = extract(input, params);
            return r.found().isEmpty()
                    ? notJson(r.problem().orElseThrow())
                    : judge(r.found().get(), params);
        }

        abstract VerifierResult judge(JsonExtraction.Found document, Params params);
    }

    /** {@code json.valid}. */
    static final class Valid extends OnDocument {
        @Override
        public String id() {
            return "json.valid";
        }

        @Override
        public String description() {
            return "The response holds one valid JSON document (duplicate keys are invalid)";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(EXTRACT);
        }

        @Override
        VerifierResult judge(JsonExtraction.Found f, Params params) {
            return VerifierResult.pass(
                    "valid JSON " + f.value().getNodeType().name().toLowerCase(Locale.ROOT) + " (" + f.how() + ")",
                    List.of(new EvidenceSpan(f.start(), f.end(), "JSON document")));
        }
    }

    /** {@code json.schema}. */
    static final class Conforms extends OnDocument {
        @Override
        public String id() {
            return "json.schema";
        }

        @Override
        public String description() {
            return "The response's JSON document conforms to a JSON Schema (types, required keys, formats)";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.required("schema", ParamType.ANY, "a JSON Schema: an object, or a string holding one"),
                    EXTRACT);
        }

        @Override
        public List<ParamProblem> checkParams(Params params) {
            try {
                compile(params);
                return List.of();
            } catch (RuntimeException e) {
                return List.of(new ParamProblem("schema", "not a usable JSON Schema: " + e.getMessage()));
            }
        }

        private static Schema compile(Params params) {
            return REGISTRY.getSchema(
                    schemaNode(params.raw("schema").orElseThrow()).toString());
        }

        @Override
        VerifierResult judge(JsonExtraction.Found f, Params params) {
            List<Error> errors = compile(params).validate(f.value());
            List<String> messages = errors.stream()
                    .limit(MAX_REPORTED_ERRORS)
                    .map(Error::getMessage)
                    .toList();
            EvidenceSpan span =
                    new EvidenceSpan(f.start(), f.end(), errors.isEmpty() ? "conforms" : "violates the schema");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("errors", messages);
            details.put("error_count", errors.size());
            VerifierResult result = errors.isEmpty()
                    ? VerifierResult.pass("conforms to the schema", List.of(span))
                    : VerifierResult.fail(
                            errors.size() + " schema violation(s): " + String.join("; ", messages), List.of(span));
            return result.withDetails(details);
        }
    }

    /** {@code json.required_keys}. */
    static final class RequiredKeys extends OnDocument {
        @Override
        public String id() {
            return "json.required_keys";
        }

        @Override
        public String description() {
            return "The JSON object at a pointer (default the document) has every required key";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.required("keys", ParamType.STRING_LIST, "keys that must be present"),
                    ParamSpec.optional(
                            "at", ParamType.STRING, "a JSON Pointer to the object (default \"\": the document)"),
                    EXTRACT);
        }

        @Override
        public List<ParamProblem> checkParams(Params params) {
            String at = params.string("at").orElse("");
            if (!at.isEmpty() && !at.startsWith("/")) {
                return List.of(
                        new ParamProblem("at", "a JSON Pointer starts with '/' (or is empty), got '" + at + "'"));
            }
            return List.of();
        }

        @Override
        VerifierResult judge(JsonExtraction.Found f, Params params) {
            String at = params.string("at").orElse("");
            JsonNode target = f.value().at(at);
            EvidenceSpan span = new EvidenceSpan(f.start(), f.end(), "JSON document");
            if (!target.isObject()) {
                return VerifierResult.fail("no object at '" + at + "'", List.of(span));
            }
            List<String> missing = new ArrayList<>();
            List<String> present = new ArrayList<>();
            for (String k : params.strings("keys")) {
                (target.has(k) ? present : missing).add(k);
            }
            return VerifierResult.of(
                            missing.isEmpty(),
                            missing.isEmpty() ? "all " + present.size() + " keys present" : "missing " + missing,
                            List.of(span))
                    .withDetails(Map.of("missing", missing, "present", present));
        }
    }
}
