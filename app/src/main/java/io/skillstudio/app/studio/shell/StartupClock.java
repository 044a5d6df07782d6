package io.skillstudio.app.studio.shell;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long after the process started the window showed and the first package was loaded, once
 * each. With {@code -Dskillstudio.startupProbe=true} the studio exits after the first package loaded:
 * {@code bin/bench-startup} measures cold start that way.
 */
public final class StartupClock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private StartupClock() {}

    /** Logs {@code event} with the milliseconds since the JVM started, the first time only. */
    public static void mark(String event) {
        if (SEEN.add(event)) {
            long ms = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("startup: {} after {} ms", event, ms);
        }
    }

    /** The first package is loaded and shown: the end of a cold start. */
    static void packageLoaded() {
        mark("package loaded");
        if (Boolean.getBoolean("skillstudio.startupProbe")) {
            Platform.exit();
        }
    }
}
