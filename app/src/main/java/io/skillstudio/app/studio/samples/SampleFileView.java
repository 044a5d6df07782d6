package io.skillstudio.app.studio.samples;

import io.skillstudio.evaluator.sample.Sample;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;

/** A sample file as a run reads it: a read-only table (long text wraps) under a banner saying so. */
public final class SampleFileView extends BorderPane {

    private static final double[] WIDTHS = {110, 300, 380, 80, 110};

    public SampleFileView(SampleFileViewModel vm) {
        setId("sampleFileView");
        Label banner = new Label();
        banner.setId("sampleFileBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add("sample-file-banner");
        banner.setStyle("-fx-padding: 4 6 4 6;");
        banner.textProperty().bind(vm.bannerProperty());
        TableView<Sample> table = new TableView<>(vm.rows());
        table.setId("sampleFileTable");
        table.setPlaceholder(new Label("No samples"));
        for (SampleColumn c : SampleColumn.values()) {
            TableColumn<Sample, String> col = new TableColumn<>(c.title());
            col.setId("sampleFileColumn-" + c.name().toLowerCase(Locale.ROOT));
            col.setPrefWidth(WIDTHS[c.ordinal()]);
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(SampleFileViewModel.cell(cell.getValue(), c)));
            col.setCellFactory(tc -> new Wrapped());
            table.getColumns().add(col);
        }
        setTop(banner);
        setCenter(table);
    }

    /** Wraps long text to the column width; very long cells show their start. */
    private static final class Wrapped extends TableCell<Sample, String> {
        private final Text text = new Text();

        Wrapped() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
                return;
            }
            text.setText(
                    value.length() > SampleSetView.MAX_SHOWN
                            ? value.substring(0, SampleSetView.MAX_SHOWN) + " …"
                            : value);
            setGraphic(text);
        }
    }
}
