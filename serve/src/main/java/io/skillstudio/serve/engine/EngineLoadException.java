package io.skillstudio.serve.engine;

/** The package could not be loaded or its checklist chosen; the message says why, file by file. */
public class EngineLoadException extends Exception {

    public EngineLoadException(String message) {
        super(message);
    }
}
