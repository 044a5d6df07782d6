package io.skillstudio.app.studio.versions;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The versions tool window: History, Diff and Runs (drift) tabs over one ViewModel, a status line below. */
public final class VersionsView extends BorderPane {

    /** The tabs, in order. */
    public enum Page {
        HISTORY,
        DIFF,
        RUNS
    }

    private final TabPane tabs = new TabPane();

    public VersionsView(VersionsViewModel vm) {
        setId("versionsView");
        tabs.setId("versionsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .addAll(
                        new Tab("History", new HistoryPane(vm, () -> show(Page.DIFF), () -> show(Page.RUNS))),
                        new Tab("Diff", new DiffPane(vm)),
                        new Tab("Compare runs", new DriftPane(vm)));
        Label status = new Label();
        status.setId("versionsStatus");
        status.textProperty().bind(vm.statusProperty());
        setCenter(tabs);
        setBottom(status);
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
    }
}
