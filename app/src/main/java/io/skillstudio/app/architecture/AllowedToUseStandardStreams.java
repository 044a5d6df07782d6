package io.skillstudio.app.architecture;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the few classes that may write to System.out/err; ArchUnit enforces it everywhere else. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {
    /** Why this class needs the streams. */
    String value();
}
