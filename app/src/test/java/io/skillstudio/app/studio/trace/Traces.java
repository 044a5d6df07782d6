package io.skillstudio.app.studio.trace;

import io.skillstudio.app.studio.run.SampleSkills;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Real traces of the if-checklist-pointwise sample skill, for the trace viewer's tests. */
final class Traces {

    final SkillPackage pkg;
    final Path root;

    Traces(Path tmp) throws IOException {
        root = SampleSkills.copy(SampleSkills.IF_CHECKLIST, tmp);
        pkg = new PackageLoader().load(root).skillPackage().orElseThrow();
    }

    Sample sample(String id) throws IOException {
        return SampleReader.read(root.resolve("evals/samples.jsonl")).samples().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    Evaluation evaluate(String id) throws IOException {
        return evaluate(pkg, id);
    }

    Evaluation evaluate(SkillPackage p, String id) throws IOException {
        return new SampleEvaluator(EvalSubject.of(p, Optional.empty()), EvalSettings.of(EvalMode.POINTWISE))
                .evaluate(sample(id));
    }
}
