package io.skillstudio.app.studio.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.skillstudio.app.studio.ScriptedDialogs;
import io.skillstudio.app.studio.TestPackages;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.settings.Theme;
import io.skillstudio.model.load.SkillPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every action of the registry, through every place it is offered: clicked in the menu bar, on the
 * toolbar and in the project tree's context menu. Each must be enabled with a package and a file open
 * (the window is laid out before its commands are bound, which once left all of them disabled) and
 * must do its job. A new action fails {@link #effect} until its effect is checked here.
 */
@ExtendWith(ApplicationExtension.class)
class EveryActionIT {

    @TempDir
    Path tmp;

    private Stage stage;
    private StudioShell shell;
    private ScriptedDialogs dialogs;
    private Path pkg;
    private final AtomicInteger validations = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Platform.setImplicitExit(false);
    }

    private void openPackage(FxRobot robot) throws Exception {
        pkg = TestPackages.copyTemplate("pointwise-checklist", tmp);
        dialogs = new ScriptedDialogs();
        var validator = TestPackages.validator();
        robot.interact(() -> {
            shell = new StudioShell(
                    stage,
                    new StudioContext(
                            tmp.resolve("home"),
                            (p, mode) -> {
                                var result = validator.apply(p, mode);
                                validations.incrementAndGet();
                                return result;
                            },
                            false),
                    dialogs);
            shell.onPlatformExit(() -> {});
            stage.show();
            shell.open(pkg);
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> shell.viewModel().project().selectedProperty().get() != null);
        robot.interact(() -> shell.viewModel().project().openDocument("resources.yaml"));
        robot.interact(() -> shell.viewModel().project().openDocument("SKILL.md"));
        // Rename and Delete act on the tree's selected file (else on the open tab's).
        var tree = shell.workbench().tree();
        robot.interact(() -> {
            TreeItem<String> references = tree.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().equals("references/"))
                    .findFirst()
                    .orElseThrow();
            references.setExpanded(true);
            tree.getSelectionModel()
                    .select(references.getChildren().stream()
                            .filter(i -> i.getValue().equals("references/aggregation.md"))
                            .findFirst()
                            .orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Actions whose enabled state depends on more than an open package (a run in progress, a git
     * repository, a previous run) are driven end to end by their own tests through the same menus and
     * shortcuts; here they are only required to sit in a menu.
     */
    static final Map<StudioAction, String> DRIVEN_ELSEWHERE = Map.ofEntries(
            Map.entry(StudioAction.RUN_EVALUATE, "RunFlowIT (toolbar Run, Shift+F10)"),
            Map.entry(StudioAction.RUN_CANCEL, "RunFlowIT (Cancel mid-run)"),
            Map.entry(StudioAction.RUN_RERUN, "RunViewModelTest"),
            Map.entry(StudioAction.OPEN_RUN, "RunViewModelTest"),
            Map.entry(StudioAction.BUMP_PATCH, "VersionsViewModelTest"),
            Map.entry(StudioAction.BUMP_MINOR, "VersionsViewModelTest"),
            Map.entry(StudioAction.BUMP_MAJOR, "VersionsViewModelTest"),
            Map.entry(StudioAction.COMMIT, "VersionsViewModelTest"),
            Map.entry(StudioAction.TAG_RELEASE, "VersionsViewModelTest"),
            Map.entry(StudioAction.HISTORY, "HistoryDiffIT (Package › History)"),
            Map.entry(StudioAction.COMPARE_RUNS, "VersionsViewModelTest"),
            Map.entry(StudioAction.EXPORT_BUNDLE, "VersionsViewModelTest"));

    static Stream<StudioAction> menuActions() {
        return Arrays.stream(StudioAction.values()).filter(a -> !DRIVEN_ELSEWHERE.containsKey(a));
    }

    @org.junit.jupiter.api.Test
    void actionsDrivenElsewhereAreInAMenu(FxRobot robot) throws Exception {
        openPackage(robot);
        for (StudioAction a : DRIVEN_ELSEWHERE.keySet()) {
            assertThat(menuItem(a)).as(a + " is in a menu").isPresent();
        }
    }

    static Stream<Arguments> toolbarActions() {
        return Stream.of(
                        StudioAction.NEW_SKILL,
                        StudioAction.OPEN,
                        StudioAction.SAVE,
                        StudioAction.SAVE_ALL,
                        StudioAction.UNDO,
                        StudioAction.REDO,
                        StudioAction.FIND,
                        StudioAction.VALIDATE,
                        StudioAction.PREVIEW,
                        StudioAction.FIND_ACTION,
                        StudioAction.TOGGLE_THEME)
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("menuActions")
    void everyMenuBarItemIsEnabledAndDoesItsJob(StudioAction action, FxRobot robot) throws Exception {
        openPackage(robot);
        MenuItem item = menuItem(action).orElseThrow(() -> new AssertionError(action + " is in no menu"));
        Runnable check = effect(action, robot);

        assertThat(item.isDisable()).as(action + " enabled").isFalse();
        robot.clickOn(menuTitle(item.getParentMenu().getText()));
        robot.clickOn(popupLabel(action.text()));
        WaitForAsyncUtils.waitForFxEvents();

        check.run();
    }

    @ParameterizedTest
    @MethodSource("toolbarActions")
    void everyToolbarButtonIsEnabledAndDoesItsJob(StudioAction action, FxRobot robot) throws Exception {
        openPackage(robot);
        Button button = robot.lookup((Node n) -> ("tool-" + action.id()).equals(n.getId()))
                .queryButton();
        Runnable check = effect(action, robot);

        assertThat(button.isDisabled()).as(action + " enabled").isFalse();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();

        check.run();
    }

    @ParameterizedTest
    @EnumSource(
            value = StudioAction.class,
            names = {"NEW_RUBRIC", "NEW_CHECKLIST", "NEW_VERIFIER", "NEW_REFERENCE", "NEW_FILE", "RENAME", "DELETE"})
    void everyTreeContextMenuEntryIsEnabledAndDoesItsJob(StudioAction action, FxRobot robot) throws Exception {
        openPackage(robot);
        var tree = shell.workbench().tree();
        Runnable check = effect(action, robot);
        ContextMenu menu = tree.getContextMenu();
        MenuItem item = menu.getItems().stream()
                .filter(i -> ("context-" + action.id()).equals(i.getId()))
                .findFirst()
                .orElseThrow();

        Node cell = robot.lookup(".tree-cell")
                .match((Labeled l) -> "aggregation.md".equals(l.getText()))
                .query();
        robot.clickOn(cell);
        // Monocle sends no context-menu request for a secondary click, so the request the platform would
        // send is fired at the cell; the menu's items are then clicked for real.
        robot.interact(() -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            Point2D local = new Point2D(b.getWidth() / 2, b.getHeight() / 2);
            Event.fireEvent(
                    cell,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            local.getX(),
                            local.getY(),
                            b.getMinX() + local.getX(),
                            b.getMinY() + local.getY(),
                            false,
                            null));
        });
        waitUntil(menu::isShowing);
        assertThat(item.isDisable()).as(action + " enabled").isFalse();
        robot.clickOn(popupLabel(action.text()));
        WaitForAsyncUtils.waitForFxEvents();

        check.run();
    }

    @ParameterizedTest
    @EnumSource(
            value = StudioAction.class,
            names = {
                "SAVE",
                "SAVE_ALL",
                "CLOSE_TAB",
                "VALIDATE",
                "RENAME",
                "DELETE",
                "NEW_CHECKLIST",
                "PREVIEW",
                "UNDO",
                "FIND"
            })
    void packageActionsAreDisabledWithoutAPackage(StudioAction action, FxRobot robot) {
        robot.interact(() -> {
            shell = new StudioShell(
                    stage,
                    new StudioContext(tmp.resolve("home"), TestPackages.validator(), false),
                    new ScriptedDialogs());
            stage.show();
        });

        assertThat(menuItem(action).orElseThrow().isDisable()).isTrue();
        assertThat(menuItem(StudioAction.OPEN).orElseThrow().isDisable()).isFalse();
    }

    /**
     * Prepares the window for {@code a} and returns the check that it did its job. Dialogs answer from
     * the script; windows it opens are closed again by the check.
     */
    private Runnable effect(StudioAction a, FxRobot robot) throws Exception {
        StudioViewModel vm = shell.viewModel();
        Document doc = vm.project().selectedProperty().get();
        return switch (a) {
            case NEW_SKILL -> closesWindowWith(robot, "#templateList");
            case SETTINGS -> closesWindowWith(robot, "#settingsPages");
            case OPEN -> () -> assertThat(dialogs.questions("package")).hasSize(1);
            case IMPORT_BUNDLE -> () -> assertThat(dialogs.questions("zip")).hasSize(1);
            case SAVE, SAVE_ALL -> {
                robot.interact(() -> doc.setText(doc.text() + "\nsaved\n"));
                yield () -> waitUntil(() -> !doc.isDirty() && read("SKILL.md").endsWith("\nsaved\n"));
            }
            case CLOSE_TAB -> () -> assertThat(vm.project().documents()).doesNotContain(doc);
            case WELCOME ->
                () -> assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
            case EXIT -> () -> assertThat(stage.isShowing()).isFalse();
            case UNDO -> {
                String before = doc.text();
                robot.interact(() -> area(robot).insertText(0, "typed "));
                assertThat(doc.text()).isEqualTo("typed " + before);
                yield () -> assertThat(doc.text()).isEqualTo(before);
            }
            case REDO -> {
                String before = doc.text();
                robot.interact(() -> area(robot).insertText(0, "typed "));
                robot.interact(() -> area(robot).undo());
                waitUntil(() -> doc.text().equals(before));
                yield () -> assertThat(doc.text()).isEqualTo("typed " + before);
            }
            case FIND ->
                () -> assertThat(robot.lookup("#findField")
                                .match(Node::isVisible)
                                .tryQuery())
                        .isPresent();
            case REPLACE ->
                () -> assertThat(robot.lookup("#replaceField")
                                .match(Node::isVisible)
                                .tryQuery())
                        .isPresent();
            case FIND_ACTION ->
                () -> {
                    assertThat(robot.lookup("#findActionField").tryQuery()).isPresent();
                    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
                };
            case NEXT_TAB ->
                () -> assertThat(vm.project().selectedProperty().get()).isNotSameAs(doc);
            case TOGGLE_PROJECT -> flips(shell.workbench().projectShownProperty()::get, a);
            case TOGGLE_PROBLEMS -> flips(shell.workbench().problemsShownProperty()::get, a);
            case TOGGLE_RESOURCES -> flips(shell.workbench().resourcesShownProperty()::get, a);
            case TOGGLE_OUTLINE -> flips(shell.workbench().outlineShownProperty()::get, a);
            case TOGGLE_TRY -> flips(shell.workbench().tryShownProperty()::get, a);
            case TOGGLE_RUN -> flips(shell.runs().shownProperty()::get, a);
            case TOGGLE_ROUTING -> flips(shell.routing().shownProperty()::get, a);
            case PREVIEW -> flips(() -> shell.previewShown().get(), a);
            case TOGGLE_THEME -> {
                Theme before = vm.settings().themeProperty().get();
                yield () -> assertThat(vm.settings().themeProperty().get()).isNotEqualTo(before);
            }
            case FONT_BIGGER, FONT_SMALLER -> {
                int before = vm.settings().fontSizeProperty().get();
                yield () -> assertThat(vm.settings().fontSizeProperty().get())
                        .isEqualTo(before + (a == StudioAction.FONT_BIGGER ? 1 : -1));
            }
            case VALIDATE -> {
                waitUntil(() -> validations.get() > 0);
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                int before = validations.get();
                yield () -> waitUntil(() -> validations.get() > before);
            }
            case REFRESH -> {
                Files.writeString(pkg.resolve("references/added.md"), "# Added\n");
                yield () -> waitUntil(() -> vm.project()
                        .diskPackageProperty()
                        .get()
                        .file("references/added.md")
                        .isPresent());
            }
            case NEW_RUBRIC -> created("rubrics/r.md", "rubric");
            case NEW_REFERENCE -> created("references/n.md", "reference");
            case NEW_VERIFIER -> created("verifiers/v.py", null);
            case NEW_FILE -> created("references/notes2.md", null);
            case NEW_CHECKLIST -> {
                Runnable declared = created("rubrics/c.checklist.yaml", "checklist");
                yield () -> {
                    declared.run();
                    List<String> findings =
                            TestPackages.validator()
                                    .apply(
                                            shown(),
                                            vm.validation().lintModeProperty().get())
                                    .stream()
                                    .filter(d -> d.file().equals("rubrics/c.checklist.yaml") || d.isError())
                                    .map(d -> d.code() + " " + d.file() + " " + d.message())
                                    .toList();
                    assertThat(findings)
                            .as("the new checklist parses and is declared")
                            .isEmpty();
                };
            }
            case RENAME -> {
                dialogs.promptAnswers.add("references/renamed.md");
                yield () -> waitUntil(() -> Files.exists(pkg.resolve("references/renamed.md"))
                        && !Files.exists(pkg.resolve("references/aggregation.md")));
            }
            case DELETE -> {
                dialogs.confirmAnswers.add(true);
                yield () -> waitUntil(() -> !Files.exists(pkg.resolve("references/aggregation.md")));
            }
            default -> fail("no effect check for " + a + ": add one so the new action is driven too");
        };
    }

    /** The file exists, and is declared in resources.yaml as the user sees it (open: in its unsaved buffer). */
    private Runnable created(String path, String declaredType) {
        dialogs.promptAnswers.add(path);
        return () -> {
            waitUntil(() -> Files.exists(pkg.resolve(path)));
            if (declaredType != null) {
                waitUntil(() -> shown().file(path).isPresent());
                assertThat(shown().textOf("resources.yaml").orElseThrow())
                        .as(path + " declared")
                        .contains("path: " + path)
                        .contains("type: " + declaredType);
            }
        };
    }

    private SkillPackage shown() {
        return shell.viewModel().project().snapshot().orElseThrow();
    }

    private Runnable flips(BooleanSupplier state, StudioAction a) {
        boolean before = state.getAsBoolean();
        return () -> {
            assertThat(state.getAsBoolean()).isNotEqualTo(before);
            assertThat(shell.registry().checkedProperty(a).get())
                    .as("menu check follows")
                    .isEqualTo(!before);
        };
    }

    private Runnable closesWindowWith(FxRobot robot, String id) {
        return () -> {
            waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
            Window dialog = robot.lookup(id).query().getScene().getWindow();
            assertThat(dialog).isNotSameAs(stage);
            robot.interact(() -> ((Stage) dialog).close());
        };
    }

    private String read(String path) {
        try {
            return Files.readString(pkg.resolve(path), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The selected tab's editor (other tabs' areas stay in the scene graph, hidden by an ancestor). */
    private CodeArea area(FxRobot robot) {
        return shell.currentEditor().orElseThrow().area();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }

    private Optional<MenuItem> menuItem(StudioAction action) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream()
                .flatMap(m -> items(m).stream())
                .filter(i -> ("menu-" + action.id()).equals(i.getId()))
                .findFirst();
    }

    private static List<MenuItem> items(Menu m) {
        return m.getItems().stream()
                .flatMap(i -> i instanceof Menu sub ? items(sub).stream() : Stream.of(i))
                .toList();
    }

    private Node menuTitle(String title) {
        return stage.getScene().lookup(".menu-bar").lookupAll(".menu-button").stream()
                .filter(n -> n instanceof Labeled l && title.equals(l.getText()))
                .findFirst()
                .orElseThrow();
    }

    /** A label of an open menu, found in the pop-up windows only (the workbench has labels named alike). */
    private static Node popupLabel(String text) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(n -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open menu shows " + text));
    }
}
