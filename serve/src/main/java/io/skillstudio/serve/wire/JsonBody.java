package io.skillstudio.serve.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Reads request bodies: one JSON object, duplicate keys refused, errors positioned. */
public final class JsonBody {

    /** Shared, thread safe; also writes the responses. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonBody() {}

    /** @throws BadRequest when the bytes are not exactly one JSON object */
    public static JsonNode readObject(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("empty body; expected a JSON object");
        }
        JsonNode node;
        try (JsonParser p = MAPPER.createParser(body)) {
            node = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new BadRequest("malformed JSON" + where(p.currentTokenLocation())
                        + ": unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new BadRequest("malformed JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("unreadable body: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRequest("the body must be a JSON object");
        }
        return node;
    }

    /** " at line L, column C", or nothing when the parser gave no position (limits such as nesting depth). */
    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1
                ? ""
                : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
