package io.skillstudio.evaluator.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Missing shared data skips a test, or fails it under {@code -Dparity.required=true} (as CI runs). */
class SharedDataTest {

    @Test
    void missingDataSkipsOrFailsAsTheFlagSays() {
        Class<? extends Throwable> expected =
                SharedData.required() ? AssertionFailedError.class : TestAbortedException.class;
        assertThrows(expected, () -> SharedData.require("no/such/file.jsonl"));
    }
}
