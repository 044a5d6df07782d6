package io.skillstudio.app.studio.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {

    @Test
    void noTwoDefaultShortcutsCollide() {
        assertThat(KeyBindings.defaults().collisions()).isEmpty();
    }

    @Test
    void everyDefaultShortcutParses() {
        Arrays.stream(StudioAction.values())
                .forEach(a -> a.defaultShortcut()
                        .ifPresent(
                                s -> assertThat(KeyBindings.parse(s)).as(a.id()).isPresent()));
    }

    @Test
    void actionIdsAreUniqueAndDotted() {
        assertThat(Arrays.stream(StudioAction.values())
                        .map(StudioAction::id)
                        .distinct()
                        .count())
                .isEqualTo(StudioAction.values().length);
        assertThat(StudioAction.values()).allMatch(a -> a.id().matches("[a-z]+\\.[A-Za-z]+"));
    }

    @Test
    void defaultsBindEveryActionToItsDefaultShortcutAndNothingElse() {
        KeyBindings k = KeyBindings.defaults();
        for (StudioAction a : StudioAction.values()) {
            assertThat(k.shortcut(a)).as(a.id()).isEqualTo(a.defaultShortcut());
            assertThat(k.combination(a).isPresent())
                    .as(a.id())
                    .isEqualTo(a.defaultShortcut().isPresent());
        }
        assertThat(k.overrides()).isEmpty();
    }

    @Test
    void overridesFillMissingIdsFromDefaultsAndIgnoreUnknownIds() {
        KeyBindings k = new KeyBindings(Map.of("file.save", "Shortcut+Alt+K", "no.suchAction", "Shortcut+J"));
        for (StudioAction a : StudioAction.values()) {
            if (a != StudioAction.SAVE) {
                assertThat(k.shortcut(a)).as(a.id()).isEqualTo(a.defaultShortcut());
            }
        }
        assertThat(k.overrides()).containsOnlyKeys("file.save");
    }

    @Test
    void overridesRoundTripThroughTheSettingsMap() {
        KeyBindings k = KeyBindings.defaults();
        k.set(StudioAction.SAVE, "Shortcut+Alt+K");
        k.set(StudioAction.FIND, "");
        KeyBindings reloaded = new KeyBindings(k.overrides());
        for (StudioAction a : StudioAction.values()) {
            assertThat(reloaded.shortcut(a)).as(a.id()).isEqualTo(k.shortcut(a));
        }
        assertThat(reloaded.overrides()).isEqualTo(k.overrides());
    }

    @Test
    void settingAnActionBackToItsDefaultIsNoLongerAnOverride() {
        KeyBindings k = KeyBindings.defaults();
        k.set(StudioAction.SAVE, "Shortcut+Alt+K");
        k.set(StudioAction.SAVE, StudioAction.SAVE.defaultShortcut().orElseThrow());
        assertThat(k.overrides()).isEmpty();
    }

    @Test
    void anUnparsableOverrideHasNoCombination() {
        KeyBindings k = new KeyBindings(Map.of("file.save", "Not A Key+++"));
        assertThat(k.shortcut(StudioAction.SAVE)).contains("Not A Key+++");
        assertThat(k.combination(StudioAction.SAVE)).isEmpty();
    }

    @Test
    void overridesReplaceDefaultsAndAreReportedBack() {
        KeyBindings k = new KeyBindings(Map.of("file.save", "Shortcut+Alt+K", "edit.find", ""));
        assertThat(k.shortcut(StudioAction.SAVE)).contains("Shortcut+Alt+K");
        assertThat(k.shortcut(StudioAction.FIND)).isEmpty();
        assertThat(k.overrides()).containsEntry("file.save", "Shortcut+Alt+K").containsEntry("edit.find", "");
    }

    @Test
    void aCollisionIsDetected() {
        KeyBindings k = KeyBindings.defaults();
        String save = StudioAction.SAVE.defaultShortcut().orElseThrow();
        k.set(StudioAction.VALIDATE, save);
        assertThat(k.collisions()).hasSize(1);
        assertThat(k.collisions().values().iterator().next())
                .containsExactlyInAnyOrder(StudioAction.SAVE, StudioAction.VALIDATE);
    }

    @Test
    void collisionsCompareNormalisedShortcutsNotSpellings() {
        KeyBindings k = new KeyBindings(Map.of("file.save", "Ctrl+Shift+F12", "package.validate", "Shift+Ctrl+F12"));
        assertThat(k.collisions()).hasSize(1);
    }

    @Test
    void findActionMatchesAllWords() {
        assertThat(FindActionPopup.matching("save all")).containsExactly(StudioAction.SAVE_ALL);
        assertThat(FindActionPopup.matching("")).hasSize(StudioAction.values().length);
    }
}
