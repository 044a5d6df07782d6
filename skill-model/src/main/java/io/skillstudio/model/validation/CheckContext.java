package io.skillstudio.model.validation;

import io.skillstudio.model.load.SkillPackage;

/** What a checker sees: the package snapshot and the lint mode. */
public record CheckContext(SkillPackage pkg, LintMode mode) {}
