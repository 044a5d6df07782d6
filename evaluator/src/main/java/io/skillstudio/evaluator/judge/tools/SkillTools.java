package io.skillstudio.evaluator.judge.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.evaluator.judge.JudgeMode;
import io.skillstudio.evaluator.judge.JudgePayloadLimits;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.runtime.ResourceModel;
import io.skillstudio.evaluator.judge.tools.runtime.UpstreamRuntimeResources;
import io.skillstudio.evaluator.judge.tools.runtime.VisibleRecord;
import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.sandbox.PythonSandbox;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.hash.Sha256;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.resources.ResourceManifest;
import io.skillstudio.model.resources.UpstreamResourcePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes the upstream tools (§3.3) for one sample over one package. Holds the per-sample state
 * (skill loaded, distinct views, runs, sandbox calls); create one per reward call. Every result is a
 * JSON-ready map the loop sends back verbatim and records in the trace.
 */
public final class SkillTools {
    private static final Logger LOG = LoggerFactory.getLogger(SkillTools.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KNOWN = List.of(
            ToolNames.USE_SKILL,
            ToolNames.LIST_RESOURCES,
            ToolNames.VIEW_RESOURCE,
            ToolNames.RUN_RESOURCE,
            ToolNames.PYTHON_SANDBOX,
            ToolNames.FINAL_ANSWER);

    /** R2's recommended resources, in its order. */
    private static final List<String> RECOMMENDED = List.of(
            "sample.verinstruct.checklist",
            "sample.verinstruct.verify_all",
            "if.constraint_toolkit",
            "if.python_sandbox",
            "if.constraint_verification_protocol",
            "if.pointwise_rubric",
            "if.aggregation_policy");

    private static final String SKILL_MD = "SKILL.md";

    private final SkillPackage pkg;
    private final JudgeSample sample;
    private final ToolLimits limits;
    private final ResourceRunner runner;
    private final ChecklistRunner checklists;
    private final SettingFilter filter;
    private final Optional<PythonSandbox> sandbox;
    private final List<SampleResource> sampleResources;
    private final Set<String> viewed = new LinkedHashSet<>();
    private final Set<String> sampleViewed = new LinkedHashSet<>();
    private final List<String> run = new ArrayList<>();
    private boolean loaded;
    private int sandboxCalls;

    public SkillTools(
            SkillPackage pkg,
            JudgeSample sample,
            ToolLimits limits,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox) {
        this(pkg, sample, limits, registry, sandbox, Optional.empty());
    }

    /** @param setting upstream's {@code skill_allowed_setting}; empty shows every resource */
    public SkillTools(
            SkillPackage pkg,
            JudgeSample sample,
            ToolLimits limits,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox,
            Optional<String> setting) {
        this(pkg, sample, limits, registry, sandbox, setting, List.of());
    }

    /**
     * @param sampleResources resources built from this sample's fields (upstream's per-sample resources):
     *     indexed beside the package's, viewable without using a view slot (as R1), runnable when they have a runner
     */
    public SkillTools(
            SkillPackage pkg,
            JudgeSample sample,
            ToolLimits limits,
            VerifierRegistry registry,
            Optional<PythonSandbox> sandbox,
            Optional<String> setting,
            List<SampleResource> sampleResources) {
        this.sampleResources = List.copyOf(sampleResources);
        this.filter = new SettingFilter(setting);
        this.pkg = pkg;
        this.sample = sample;
        this.limits = limits;
        this.runner = new ResourceRunner(registry);
        this.checklists = new ChecklistRunner(registry);
        this.sandbox = sandbox;
    }

    public boolean loaded() {
        return loaded;
    }

    public String skillName() {
        return pkg.skillDocument()
                .flatMap(d -> d.name())
                .filter(n -> !n.isBlank())
                .orElse(pkg.rootName());
    }

    /** Package files viewed, then per-sample resources viewed, each once, in first-view order. */
    public List<String> resourcesViewed() {
        List<String> all = new ArrayList<>(viewed);
        all.addAll(sampleViewed);
        return List.copyOf(all);
    }

    public List<String> resourcesRun() {
        return List.copyOf(run);
    }

    public static boolean known(String tool) {
        return KNOWN.contains(tool);
    }

    /** Runs one non-final tool call without a model for runtime resources (they answer "no endpoint available"). */
    public Map<String, Object> execute(String tool, String arguments) {
        return execute(tool, arguments, ResourceModel.NONE);
    }

    /**
     * Runs one non-final tool call. Argument errors come back as {@code ok:false} results, never thrown.
     *
     * @param model the run's judge for the runtime resources that call a model ({@code run_resource} on
     *     upstream's model-calling ids), bound to this tool call so its calls are traced under it
     */
    public Map<String, Object> execute(String tool, String arguments, ResourceModel model) {
        Map<String, Object> args;
        try {
            Object parsed = MAPPER.readValue(arguments == null || arguments.isBlank() ? "{}" : arguments, Object.class);
            if (!(parsed instanceof Map)) {
                return ToolResults.error(tool, "tool arguments JSON is not an object");
            }
            args = MAPPER.convertValue(parsed, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            return ToolResults.error(tool, "tool arguments JSON decode failed: " + e.getOriginalMessage());
        }
        if (ToolNames.PYTHON_SANDBOX.equals(tool)) {
            // Upstream dispatches the sandbox before the loaded check (§3.3); kept for compatibility.
            return python(args);
        }
        if (!known(tool)) {
            return ToolResults.error(tool, "unknown tool: " + tool);
        }
        if (ToolNames.USE_SKILL.equals(tool)) {
            return useSkill(args);
        }
        if (!loaded) {
            return ToolResults.error(tool, "skill is not loaded; call use_skill first");
        }
        return switch (tool) {
            case ToolNames.LIST_RESOURCES -> list(args);
            case ToolNames.VIEW_RESOURCE -> view(args);
            case ToolNames.RUN_RESOURCE -> runResource(args, model);
            default -> ToolResults.error(tool, "final_answer is handled by the loop");
        };
    }

    private Map<String, Object> useSkill(Map<String, Object> args) {
        if (loaded) {
            Map<String, Object> r = ToolResults.ok(ToolNames.USE_SKILL);
            r.put("already_loaded", true);
            return r;
        }
        String requested = str(args, "skill_name").orElse(skillName());
        if (!requested.equals(skillName()) && !requested.equals(pkg.rootName())) {
            Map<String, Object> r = ToolResults.error(ToolNames.USE_SKILL, "unknown skill: " + requested);
            r.put("available_skill", skillName());
            return r;
        }
        loaded = true;
        Map<String, Object> r = ToolResults.ok(ToolNames.USE_SKILL);
        r.put("skill_name", skillName());
        String controller = pkg.textOf(SKILL_MD).orElse("");
        boolean cut = controller.length() > JudgePayloadLimits.MAX_SKILL_CHARS;
        // The controller stays in the conversation for every later turn: an 8 MB SKILL.md would be resent each time.
        r.put(
                "skill_controller",
                cut ? controller.substring(0, JudgePayloadLimits.MAX_SKILL_CHARS) + "\n[truncated]" : controller);
        r.put("skill_controller_truncated", cut);
        r.put("resource_index", index(Optional.empty()));
        if (sample.mode() == JudgeMode.POINTWISE) {
            // R2's hint (§3.6): the ones of its fixed list that this sample and package actually have, in order.
            Set<String> have = new HashSet<>();
            sampleResources.forEach(x -> have.add(x.id()));
            entries().forEach(e -> e.id().ifPresent(have::add));
            r.put(
                    "recommended_resources",
                    RECOMMENDED.stream().filter(have::contains).toList());
        }
        r.put(
                "instructions",
                "Use list_resources, view_resource and run_resource as the skill directs, then call "
                        + "final_answer exactly once.");
        return r;
    }

    private Map<String, Object> list(Map<String, Object> args) {
        Map<String, Object> r = ToolResults.ok(ToolNames.LIST_RESOURCES);
        r.put("resources", index(str(args, "type")));
        return r;
    }

    private List<Map<String, Object>> index(Optional<String> type) {
        List<Map<String, Object>> packageEntries = new ArrayList<>();
        Set<String> perSample = new HashSet<>();
        sampleResources.forEach(r -> perSample.add(r.id()));
        for (ResourceEntry e : entries()) {
            // A package that declares sample.* ids gets this sample's version of them, listed once.
            boolean shadowed = e.id().filter(perSample::contains).isPresent();
            if (!shadowed && (type.isEmpty() || type.equals(e.type()))) {
                packageEntries.add(ResourceIndex.project(e));
            }
        }
        List<Map<String, Object>> sampleEntries = sampleResources.stream()
                .filter(r -> type.isEmpty() || type.get().equals(r.index().get("type")))
                .map(SampleResource::index)
                .toList();
        // R2 (pointwise) lists the sample's resources first, R1 appends them after the manifest's (§2.3).
        List<Map<String, Object>> out = new ArrayList<>();
        boolean sampleFirst = sample.mode() == JudgeMode.POINTWISE;
        out.addAll(sampleFirst ? sampleEntries : packageEntries);
        out.addAll(sampleFirst ? packageEntries : sampleEntries);
        return out;
    }

    /** The per-sample resource a view or run names, by id, path or upstream's id-to-path map (§3.3). */
    private Optional<SampleResource> sampleResource(Optional<String> id, Optional<String> rawPath) {
        List<String> keys = new ArrayList<>();
        id.ifPresent(keys::add);
        rawPath.ifPresent(p -> {
            String n = p.strip().replaceFirst("^/+", "");
            keys.add(n);
            Optional.ofNullable(UpstreamResourcePaths.BY_ID.get(n)).ifPresent(keys::add);
            if (n.startsWith("sample/") && !n.substring(n.lastIndexOf('/') + 1).contains(".")) {
                keys.add(n + ".json");
            }
        });
        return sampleResources.stream()
                .filter(r -> keys.contains(r.id()) || keys.contains(r.path()))
                .findFirst();
    }

    private Map<String, Object> viewSample(SampleResource res) {
        String t = res.content();
        boolean truncated = t.length() > limits.maxResourceChars();
        sampleViewed.add(res.id());
        Map<String, Object> r = ToolResults.ok(ToolNames.VIEW_RESOURCE);
        r.put("path", res.path());
        r.put("resource_id", res.id());
        r.put("resource_type", "sample_resource");
        r.put("leakage_level", res.index().getOrDefault("leakage_level", "sample_visible"));
        r.put("sha256", sha256(t));
        r.put("truncated", truncated);
        r.put("content", truncated ? t.substring(0, limits.maxResourceChars()) + "\n[truncated]" : t);
        return r;
    }

    private Map<String, Object> runSample(SampleResource res, Map<String, Object> args) {
        if (res.runner().isEmpty()) {
            Map<String, Object> r = ToolResults.error(
                    ToolNames.RUN_RESOURCE, "resource is not executable; use view_resource for reference resources");
            r.put("implementation_kind", res.index().get("implementation_kind"));
            return r;
        }
        if (run.size() >= limits.maxRuns()) {
            return ToolResults.error(
                    ToolNames.RUN_RESOURCE, "max runtime resources per sample exceeded: " + limits.maxRuns());
        }
        run.add(res.id());
        Map<String, Object> r = ToolResults.ok(ToolNames.RUN_RESOURCE);
        r.put("resource_id", res.id());
        r.put("reason", str(args, "reason").orElse(""));
        try {
            r.put("result", res.runner().get().get());
        } catch (RuntimeException | StackOverflowError ex) {
            LOG.debug("run_resource {} failed", res.id(), ex);
            return ToolResults.error(ToolNames.RUN_RESOURCE, "resource '" + res.id() + "' failed: " + ex);
        }
        return r;
    }

    private Map<String, Object> view(Map<String, Object> args) {
        Optional<String> id = str(args, "resource_id");
        Optional<String> rawPath = str(args, "path");
        Optional<SampleResource> own = sampleResource(id, rawPath);
        if (own.isPresent()) {
            return viewSample(own.get());
        }
        // Studio extension: a resource id resolves to its path (upstream R1 needs the path, R2 the id).
        Optional<ResourceEntry> entry = id.flatMap(this::entry).or(() -> rawPath.flatMap(this::entry));
        Optional<String> path = rawPath.filter(p -> entry.isEmpty()
                        || UpstreamResourcePaths.resolve(entry.get()).isEmpty())
                .or(() -> entry.flatMap(UpstreamResourcePaths::resolve));
        if (path.isEmpty()) {
            return ToolResults.error(ToolNames.VIEW_RESOURCE, "resource not found");
        }
        String p = UpstreamResourcePaths.normalize(path.get());
        if (p.isEmpty() || p.endsWith("/") || List.of(p.split("/")).contains("..")) {
            Map<String, Object> r = ToolResults.error(ToolNames.VIEW_RESOURCE, "unsafe skill resource path: " + p);
            r.put("path", p);
            return r;
        }
        Optional<ResourceEntry> declaredHidden =
                pkg.manifest().map(ResourceManifest::entries).orElse(List.of()).stream()
                        .filter(e -> !filter.allows(e)
                                && UpstreamResourcePaths.resolve(e)
                                        .filter(p::equals)
                                        .isPresent())
                        .findFirst();
        // A visible id that resolves to no file lets the raw path through, so "did the caller name a
        // visible entry" is not enough: only the chosen entry's own file may override a hidden one.
        boolean chosenOwnsPath =
                entry.flatMap(UpstreamResourcePaths::resolve).filter(p::equals).isPresent();
        if (declaredHidden.isPresent() && !chosenOwnsPath) {
            Map<String, Object> hidden = ToolResults.error(
                    ToolNames.VIEW_RESOURCE,
                    "resource not allowed in " + filter.setting().orElse("") + " setting");
            hidden.put("leakage_level", declaredHidden.get().leakageLevel().orElse(null));
            hidden.put("allowed_setting", declaredHidden.get().allowedSetting());
            return hidden;
        }
        Optional<ResourceEntry> owner = entry.filter(
                        e -> UpstreamResourcePaths.resolve(e).filter(p::equals).isPresent())
                .or(() -> entries().stream()
                        .filter(e -> UpstreamResourcePaths.resolve(e)
                                .filter(p::equals)
                                .isPresent())
                        .findFirst());
        // A package without resources.yaml (upstream's R3 layout) declares nothing: there the files
        // upstream's loader keeps (the four resource folders, text extensions) stand in for the index.
        boolean undeclaredPackage = pkg.manifest().isEmpty()
                && UpstreamFileRules.isLoaded(p)
                && pkg.file(p).isPresent();
        if (owner.isEmpty() && !SKILL_MD.equals(p) && !undeclaredPackage) {
            // Upstream R1 shows any file under the skill folder; we show only SKILL.md and declared
            // resources, so evals/expected_results.jsonl or a stray answer key never reaches the judge.
            Map<String, Object> r = ToolResults.error(
                    ToolNames.VIEW_RESOURCE,
                    "resource not declared in resources.yaml: only SKILL.md and declared resources can be viewed");
            r.put("path", p);
            return r;
        }
        Optional<String> text = pkg.textOf(p);
        if (text.isEmpty()) {
            return ToolResults.error(ToolNames.VIEW_RESOURCE, "resource not found");
        }
        if (!viewed.contains(p) && viewed.size() >= limits.maxViews()) {
            return ToolResults.error(
                    ToolNames.VIEW_RESOURCE, "max resources per sample exceeded: " + limits.maxViews());
        }
        viewed.add(p);
        String t = text.get();
        boolean truncated = t.length() > limits.maxResourceChars();
        Map<String, Object> r = ToolResults.ok(ToolNames.VIEW_RESOURCE);
        r.put("path", p);
        r.put("resource_id", owner.flatMap(ResourceEntry::id).orElse(p));
        r.put("resource_type", owner.flatMap(ResourceEntry::type).orElse(null));
        r.put("sha256", sha256(t));
        r.put("truncated", truncated);
        r.put("content", truncated ? t.substring(0, limits.maxResourceChars()) + "\n[truncated]" : t);
        return r;
    }

    private Map<String, Object> runResource(Map<String, Object> args, ResourceModel model) {
        Optional<String> id = str(args, "resource_id").or(() -> str(args, "id"));
        if (id.isEmpty()) {
            return ToolResults.error(ToolNames.RUN_RESOURCE, "missing resource_id");
        }
        Optional<SampleResource> own = sampleResource(id, Optional.empty());
        if (own.isPresent()) {
            return runSample(own.get(), args);
        }
        Optional<ResourceEntry> e = entry(id.get());
        if (e.isEmpty()) {
            return ToolResults.error(
                    ToolNames.RUN_RESOURCE, "resource is not visible in the loaded skill resource index");
        }
        boolean checklist = ChecklistRunner.handles(e.get());
        Optional<Verifier> v = checklist ? Optional.empty() : runner.verifierFor(e.get());
        if (v.isEmpty()
                && !checklist
                && UpstreamRuntimeResources.executable(e.get().implementationKind())) {
            return runUpstream(id.get(), args, model);
        }
        if (v.isEmpty() && !checklist) {
            Map<String, Object> r = ToolResults.error(
                    ToolNames.RUN_RESOURCE, "resource is not executable; use view_resource for reference resources");
            r.put("implementation_kind", e.get().implementationKind().orElse(null));
            return r;
        }
        if (run.size() >= limits.maxRuns()) {
            return ToolResults.error(
                    ToolNames.RUN_RESOURCE, "max runtime resources per sample exceeded: " + limits.maxRuns());
        }
        run.add(id.get());
        Map<String, Object> modelParams = args.get("params") instanceof Map<?, ?> m ? cast(m) : Map.of();
        Map<String, Object> r;
        try {
            r = RegexBudget.perSample(() -> RegexBudget.guard(() -> checklist
                    ? checklists.run(pkg, e.get(), sample)
                    : runner.run(e.get(), v.get(), modelParams, sample)));
        } catch (RegexBudgetExceededException ex) {
            // No verdict, not a failing one: the model learns the check could not finish.
            r = ToolResults.error(ToolNames.RUN_RESOURCE, "resource '" + id.get() + "': " + ex.getMessage());
            r.put("unscored", UnscoredReason.VERIFIER_BUDGET.code());
        } catch (RuntimeException | StackOverflowError ex) {
            // A binder or verifier bug (or a runaway regex) is the model's tool failing, not the judge:
            // it gets an error result it can react to, and Judge.judge keeps its own outcome.
            LOG.debug("run_resource {} failed", id.get(), ex);
            r = ToolResults.error(ToolNames.RUN_RESOURCE, "resource '" + id.get() + "' failed: " + ex);
        }
        r.put("reason", str(args, "reason").orElse(""));
        return r;
    }

    /** Upstream's runtime resources by id (§3.3): four runners, every other id "not implemented". */
    private Map<String, Object> runUpstream(String id, Map<String, Object> args, ResourceModel model) {
        if (run.size() >= limits.maxRuns()) {
            return ToolResults.error(
                    ToolNames.RUN_RESOURCE, "max runtime resources per sample exceeded: " + limits.maxRuns());
        }
        run.add(id);
        Map<String, Object> r = ToolResults.ok(ToolNames.RUN_RESOURCE);
        r.put("resource_id", id);
        r.put("reason", str(args, "reason").orElse(""));
        r.put("result", UpstreamRuntimeResources.run(id, visibleRecord(), model));
        return r;
    }

    /**
     * What upstream's runners read of the sample, limited to what this sample's resources show the
     * model: the reference from {@code sample.reference_or_ground_truth} (else the sample's reference
     * field), the benchmark from {@code sample.task_metadata} (else JudgeBench when its A/B-only
     * contract is in force).
     */
    private VisibleRecord visibleRecord() {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            candidates.put(JudgeSample.label(i), sample.responses().get(i));
        }
        Map<String, Object> shownReference = sampleJson("sample.reference_or_ground_truth");
        Map<String, Object> reference = new LinkedHashMap<>();
        for (String k : VisibleRecord.VISIBLE_REFERENCE_KEYS) {
            Object v = shownReference.get(k);
            if (v != null && !"".equals(v) && !(v instanceof List<?> l && l.isEmpty())) {
                reference.put(k, v);
            }
        }
        if (reference.isEmpty()
                && shownReference.isEmpty()
                && !sample.reference().isEmpty()) {
            reference.put("reference", sample.reference());
        }
        String benchmark = sampleJson("sample.task_metadata").get("benchmark") instanceof String b
                ? b
                : sample.mode() == JudgeMode.PAIRWISE && !sample.allowTie() ? "judgebench" : "";
        return new VisibleRecord(sample.prompt(), candidates, reference, benchmark);
    }

    private Map<String, Object> sampleJson(String id) {
        Optional<SampleResource> r =
                sampleResources.stream().filter(x -> x.id().equals(id)).findFirst();
        if (r.isEmpty()) {
            return Map.of();
        }
        try {
            Object v = MAPPER.readValue(r.get().content(), Object.class);
            return v instanceof Map<?, ?> m ? cast(m) : Map.of();
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private Map<String, Object> python(Map<String, Object> args) {
        if (sandbox.isEmpty()) {
            return ToolResults.error(ToolNames.PYTHON_SANDBOX, "python_sandbox is not enabled for this run");
        }
        if (sandboxCalls >= limits.maxSandboxCalls()) {
            return ToolResults.error(
                    ToolNames.PYTHON_SANDBOX, "max python_sandbox calls exceeded: " + limits.maxSandboxCalls());
        }
        sandboxCalls++;
        Map<String, Object> r = new LinkedHashMap<>(sandbox.get()
                .run(
                        str(args, "code").orElse(""),
                        SandboxInputs.variables(sample),
                        pkg.textOf("scripts/constraint_tools.py").orElse("")));
        r.put("reason", str(args, "reason").orElse(""));
        return r;
    }

    /** The entries visible in this run's setting; hidden ones behave as if undeclared. */
    private List<ResourceEntry> entries() {
        return pkg.manifest().map(ResourceManifest::entries).orElse(List.of()).stream()
                .filter(filter::allows)
                .toList();
    }

    private Optional<ResourceEntry> entry(String id) {
        return entries().stream()
                .filter(e -> e.id().filter(id::equals).isPresent())
                .findFirst();
    }

    private static Optional<String> str(Map<String, Object> args, String key) {
        return args.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String sha256(String t) {
        return Sha256.hex(t);
    }
}
