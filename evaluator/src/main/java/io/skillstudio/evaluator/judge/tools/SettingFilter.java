package io.skillstudio.evaluator.judge.tools;

import io.skillstudio.model.resources.ResourceEntry;
import java.util.List;
import java.util.Optional;

/**
 * Upstream's {@code resource_allowed(entry, setting)} (skillrm-format.md §2.5): in the {@code normal}
 * setting {@code oracle_only} resources are hidden; otherwise a resource is visible when its
 * {@code allowed_setting} is empty or names the setting. Without a setting nothing is filtered, which
 * is the studio's default for its own packages.
 */
record SettingFilter(Optional<String> setting) {

    static final String NORMAL = "normal";

    boolean allows(ResourceEntry e) {
        if (setting.isEmpty()) {
            return true;
        }
        String s = setting.get();
        if (s.equals(NORMAL) && e.leakageLevel().filter("oracle_only"::equals).isPresent()) {
            return false;
        }
        List<String> allowed = e.allowedSetting();
        return allowed.isEmpty() || allowed.contains(s);
    }
}
