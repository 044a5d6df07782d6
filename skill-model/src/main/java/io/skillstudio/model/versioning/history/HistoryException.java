package io.skillstudio.model.versioning.history;

/** A git operation failed or a revision does not exist; the message says which, for the user. */
public final class HistoryException extends Exception {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
