package io.skillstudio.app.studio.resources;

import io.skillstudio.model.resources.ManifestEditor;
import java.util.Map;

/**
 * Text-preserving edits of resources.yaml, as the table needs them. The studio uses skill-model's
 * {@link ManifestEditor}; the interface keeps the table's ViewModel independent of how edits are made.
 */
public interface ManifestEdits {

    String setField(String text, String section, int index, String key, Object value);

    String removeField(String text, String section, int index, String key);

    String addResource(String text, Map<String, Object> fields);

    String removeResource(String text, String section, int index);

    String moveResource(String text, String section, int from, int to);

    /** The skill-model implementation. */
    ManifestEdits MODEL = new ManifestEdits() {
        @Override
        public String setField(String text, String section, int index, String key, Object value) {
            return ManifestEditor.setField(text, section, index, key, value);
        }

        @Override
        public String removeField(String text, String section, int index, String key) {
            return ManifestEditor.removeField(text, section, index, key);
        }

        @Override
        public String addResource(String text, Map<String, Object> fields) {
            return ManifestEditor.addResource(text, fields);
        }

        @Override
        public String removeResource(String text, String section, int index) {
            return ManifestEditor.removeResource(text, section, index);
        }

        @Override
        public String moveResource(String text, String section, int from, int to) {
            return ManifestEditor.moveResource(text, section, from, to);
        }
    };
}
