package io.skillstudio.app.studio.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One line of a sample set: the line as written, and its JSON object when it parses. A line that does
 * not parse is still a row (shown with its error, never dropped), so saving loses nothing.
 *
 * @param line 1-based line number in the file
 */
public record SampleRow(int line, String text, Optional<ObjectNode> object, Optional<String> error) {

    /** The text of a field as shown in a cell: strings as they are, other JSON as JSON. */
    static String show(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
