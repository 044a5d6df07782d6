package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.checklist.ChecklistResources;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.EvaluatorOptions;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.validation.LintMode;
import io.skillstudio.model.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Prepares the reusable {@link SampleEvaluator} for one package: validates the package (Skill-RM
 * mode, checklist checks included) and refuses one with errors unless the options allow it, reads its
 * checklist and stamps provenance. A package judged whole is held to the runtime that can load it:
 * one that loads in upstream's R2/R3 runtimes but not in R1 (no {@code resources.yaml}) is accepted
 * with a warning (see {@link UpstreamProfiles}). Prepare once per package and settings; evaluate many runs or requests.
 */
public final class Evaluators {

    private Evaluators() {}

    /** A ready evaluator and what validation found (warnings, or errors the user chose to accept). */
    public record Prepared(
            SampleEvaluator evaluator, List<Diagnostic> diagnostics, List<ChecklistProblem> checklistProblems) {
        public Prepared {
            diagnostics = List.copyOf(diagnostics);
            checklistProblems = List.copyOf(checklistProblems);
        }

        /**
         * Warnings about which upstream runtime can load the package (e.g. R2/R3 only), which every client
         * of the gate (eval, serve, the studio) shows even when it hides other validation warnings.
         */
        public List<Diagnostic> runtimeProfileWarnings() {
            return diagnostics.stream()
                    .filter(d -> !d.isError() && UpstreamProfiles.R2_R3_ONLY.equals(d.message()))
                    .toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError) || !checklistProblems.isEmpty();
        }
    }

    /** The package failed validation and the options did not allow evaluating it anyway. */
    public static final class InvalidPackageException extends Exception {
        private final transient List<Diagnostic> diagnostics;

        InvalidPackageException(List<Diagnostic> diagnostics) {
            super("the package has "
                    + diagnostics.stream().filter(Diagnostic::isError).count()
                    + " validation error(s); evaluate it anyway with --allow-invalid");
            this.diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /**
     * @throws InvalidPackageException when validation finds errors and {@code options.allowInvalid()} is off
     * @throws IllegalArgumentException when the settings' checklist id names no checklist of the package
     */
    public static Prepared prepare(
            SkillPackage pkg, EvalSettings settings, Optional<Judge> judge, EvaluatorOptions options)
            throws InvalidPackageException {
        return prepare(pkg, settings, judge, options, VerifierRegistry.standard(), Clock.systemUTC());
    }

    public static Prepared prepare(
            SkillPackage pkg,
            EvalSettings settings,
            Optional<Judge> judge,
            EvaluatorOptions options,
            VerifierRegistry registry,
            Clock clock)
            throws InvalidPackageException {
        // Judged whole = no checklist to run (EvalSubject's choice), read before validation refuses anything.
        boolean judgedWhole = options.judging().forceWholeSkill()
                || (settings.checklistId().isEmpty()
                        && ChecklistResources.of(pkg).isEmpty());
        List<Diagnostic> diagnostics =
                UpstreamProfiles.forWholeSkill(pkg, Validator.standard().validate(pkg, LintMode.SKILLRM), judgedWhole);
        if (!options.allowInvalid() && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new InvalidPackageException(diagnostics);
        }
        EvalSubject subject = EvalSubject.of(pkg, settings.checklistId());
        SampleEvaluator evaluator = new SampleEvaluator(subject, settings, registry, clock, judge, options);
        return new Prepared(evaluator, diagnostics, subject.checklistProblems());
    }
}
