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
        Arrays.stream(StudioAction.values()).forEach(a -> a.defaultShortcut().ifPresent(s ->
                assertThat(KeyBindings.parse(s)).as(a.id()).isPresent()));
    }

    @Test
    void actionIdsAreUniqueAndDotted() {
        assertThat(Arrays.stream(StudioAction.values()).map(StudioAction::id).distinct().count())
                .isEqualTo(StudioAction.values().length);
        assertThat(StudioAction.values()).allMatch(a -> a.id().matches("[a-z]+\\.[A-Za-z]+"));
    }

    @Test
    void standardShortcutsAreBound() {
        KeyBindings k = KeyBindings.defaults();
        assertThat(k.shortcut(StudioAction.SAVE)).contains("Shortcut+S");
        assertThat(k.shortcut(StudioAction.SAVE_ALL)).contains("Shortcut+Shift+S");
        assertThat(k.shortcut(StudioAction.FIND)).contains("Shortcut+F");
        assertThat(k.shortcut(StudioAction.REPLACE)).contains("Shortcut+R");
        assertThat(k.shortcut(StudioAction.UNDO)).contains("Shortcut+Z");
        assertThat(k.shortcut(StudioAction.REDO)).contains("Shortcut+Shift+Z");
        assertThat(k.shortcut(StudioAction.CLOSE_TAB)).contains("Shortcut+W");
        assertThat(k.shortcut(StudioAction.NEXT_TAB)).contains("Ctrl+Tab");
        assertThat(k.shortcut(StudioAction.FIND_ACTION)).contains("Shortcut+Shift+A");
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
        k.set(StudioAction.VALIDATE, "Shortcut+S");
        assertThat(k.collisions()).hasSize(1);
    }

    @Test
    void findActionMatchesAllWords() {
        assertThat(FindActionPopup.matching("save all")).containsExactly(StudioAction.SAVE_ALL);
        assertThat(FindActionPopup.matching("")).hasSize(StudioAction.values().length);
    }
}
