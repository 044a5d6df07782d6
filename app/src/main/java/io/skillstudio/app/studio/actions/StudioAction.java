package io.skillstudio.app.studio.actions;

import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every user-visible action: one registry that menus, the toolbar, context menus, Find Action and
 * the keymap page all read. Shortcuts use the portable {@code Shortcut+} modifier.
 */
public enum StudioAction {
    NEW_SKILL("file.newSkill", "File", "New skill…", Feather.FILE_PLUS, "Shortcut+N"),
    OPEN("file.open", "File", "Open…", Feather.FOLDER, "Shortcut+O"),
    IMPORT_BUNDLE("file.importBundle", "File", "Import bundle…", Feather.ARCHIVE, null),
    EXPORT_BUNDLE("file.exportBundle", "File", "Export bundle…", Feather.PACKAGE, null),
    SAVE("file.save", "File", "Save", Feather.SAVE, "Shortcut+S"),
    SAVE_ALL("file.saveAll", "File", "Save all", Feather.LAYERS, "Shortcut+Shift+S"),
    CLOSE_TAB("file.closeTab", "File", "Close tab", Feather.X, "Shortcut+W"),
    WELCOME("file.welcome", "File", "Welcome screen", Feather.HOME, null),
    SETTINGS("file.settings", "File", "Settings…", Feather.SETTINGS, "Shortcut+Alt+S"),
    EXIT("file.exit", "File", "Exit", Feather.LOG_OUT, "Shortcut+Q"),
    UNDO("edit.undo", "Edit", "Undo", Feather.CORNER_UP_LEFT, "Shortcut+Z"),
    REDO("edit.redo", "Edit", "Redo", Feather.CORNER_UP_RIGHT, "Shortcut+Shift+Z"),
    FIND("edit.find", "Edit", "Find…", Feather.SEARCH, "Shortcut+F"),
    REPLACE("edit.replace", "Edit", "Replace…", Feather.REPEAT, "Shortcut+R"),
    FIND_ACTION("edit.findAction", "Edit", "Find action…", Feather.COMMAND, "Shortcut+Shift+A"),
    NEXT_TAB("view.nextTab", "View", "Next tab", Feather.CHEVRONS_RIGHT, "Ctrl+Tab"),
    TOGGLE_PROJECT("view.project", "View", "Project", Feather.SIDEBAR, "Alt+1"),
    TOGGLE_PROBLEMS("view.problems", "View", "Problems", Feather.ALERT_TRIANGLE, "Alt+6"),
    TOGGLE_RESOURCES("view.resources", "View", "Resources", Feather.LIST, "Alt+7"),
    TOGGLE_OUTLINE("view.outline", "View", "Outline", Feather.ALIGN_LEFT, "Alt+8"),
    TOGGLE_TRY("view.tryResponse", "View", "Try a response", Feather.PLAY_CIRCLE, "Alt+9"),
    PREVIEW("view.preview", "View", "Markdown preview", Feather.EYE, "Shortcut+Shift+P"),
    TOGGLE_THEME("view.toggleTheme", "View", "Switch light/dark theme", Feather.MOON, null),
    FONT_BIGGER("view.fontBigger", "View", "Increase editor font", Feather.ZOOM_IN, "Shortcut+EQUALS"),
    FONT_SMALLER("view.fontSmaller", "View", "Decrease editor font", Feather.ZOOM_OUT, "Shortcut+MINUS"),
    VALIDATE("package.validate", "Package", "Validate package", Feather.CHECK_CIRCLE, "Shortcut+Shift+V"),
    REFRESH("package.refresh", "Package", "Reload from disk", Feather.REFRESH_CW, "Shortcut+Alt+Y"),
    NEW_RUBRIC("package.newRubric", "Package", "New rubric…", Feather.GRID, null),
    NEW_CHECKLIST("package.newChecklist", "Package", "New checklist…", Feather.CHECK_SQUARE, null),
    NEW_VERIFIER("package.newVerifier", "Package", "New verifier…", Feather.SHIELD, null),
    NEW_REFERENCE("package.newReference", "Package", "New reference…", Feather.BOOK_OPEN, null),
    NEW_FILE("package.newFile", "Package", "New file…", Feather.FILE, null),
    RENAME("package.rename", "Package", "Rename…", Feather.EDIT_3, "Shift+F6"),
    DELETE("package.delete", "Package", "Delete…", Feather.TRASH_2, null),
    RUN_EVALUATE("run.evaluate", "Run", "Run evaluation", Feather.PLAY, "Shift+F10"),
    RUN_CANCEL("run.cancel", "Run", "Cancel run", Feather.SQUARE, "Shortcut+F2"),
    RUN_RERUN("run.rerun", "Run", "Rerun last run", Feather.ROTATE_CW, "Shortcut+F5"),
    OPEN_RUN("file.openRun", "File", "Open run…", Feather.ACTIVITY, null),
    TOGGLE_RUN("view.run", "View", "Run results", Feather.BAR_CHART_2, "Alt+4"),
    TOGGLE_ROUTING("view.routing", "View", "Routing", Feather.SHUFFLE, "Alt+3"),
    BUMP_PATCH("package.bumpPatch", "Package", "Bump version: patch", Feather.CHEVRON_UP, null),
    BUMP_MINOR("package.bumpMinor", "Package", "Bump version: minor", Feather.CHEVRONS_UP, null),
    BUMP_MAJOR("package.bumpMajor", "Package", "Bump version: major", Feather.ARROW_UP, null),
    COMMIT("package.commit", "Package", "Commit…", Feather.GIT_COMMIT, "Shortcut+K"),
    TAG_RELEASE("package.tagRelease", "Package", "Tag release", Feather.TAG, null),
    HISTORY("package.history", "Package", "History", Feather.CLOCK, "Alt+5"),
    COMPARE_RUNS("package.compareRuns", "Package", "Compare runs of two versions…", Feather.ACTIVITY, null);

    private final String id;
    private final String category;
    private final String text;
    private final Ikon icon;
    private final String defaultShortcut;

    StudioAction(String id, String category, String text, Ikon icon, String defaultShortcut) {
        this.id = id;
        this.category = category;
        this.text = text;
        this.icon = icon;
        this.defaultShortcut = defaultShortcut;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    public Optional<String> defaultShortcut() {
        return Optional.ofNullable(defaultShortcut);
    }

    /** Shows or hides something: its menu item carries a check mark that follows the state. */
    public boolean isToggle() {
        return switch (this) {
            case TOGGLE_PROJECT, TOGGLE_PROBLEMS, TOGGLE_RESOURCES, TOGGLE_OUTLINE, TOGGLE_TRY, PREVIEW -> true;
            default -> false;
        };
    }
}
