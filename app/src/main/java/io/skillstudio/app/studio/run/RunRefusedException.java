package io.skillstudio.app.studio.run;

/**
 * The run was not started because the package failed validation (and invalid packages were not allowed);
 * the message lists the errors. A refusal, not a failure: nothing ran and nothing was kept.
 */
public final class RunRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RunRefusedException(String message) {
        super(message);
    }
}
