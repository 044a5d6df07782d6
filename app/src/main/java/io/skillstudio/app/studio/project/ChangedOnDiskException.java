package io.skillstudio.app.studio.project;

import java.io.IOException;

/** A save found the file changed on disk since the studio last read or wrote it; nothing was written. */
public final class ChangedOnDiskException extends IOException {

    private static final long serialVersionUID = 1L;

    public ChangedOnDiskException(String path) {
        super(path + " changed on disk since it was opened");
    }
}
