package io.skillstudio.serve.engine;

/** Loads an engine from the package's source, at start and again on an explicit reload. */
@FunctionalInterface
public interface EngineLoader {
    RewardEngine load() throws EngineLoadException;
}
