package io.skillstudio.serve.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Under {@code --unscored-as error}, a request with an unscored item fails as a whole (HTTP 422) with this body. */
public final class UnscoredRefused extends RuntimeException {

    private final transient ObjectNode body;

    UnscoredRefused(String message, ObjectNode body) {
        super(message);
        this.body = body;
    }

    public ObjectNode body() {
        return body;
    }
}
