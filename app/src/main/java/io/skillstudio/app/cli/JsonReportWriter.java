package io.skillstudio.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import io.skillstudio.model.hash.PackageHashes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The JSON report of docs/cli.md ({@code version} 1). Field order is part of the format. */
final class JsonReportWriter {

    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {}

    static void write(List<ValidationReport> reports, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ArrayNode packages = root.putArray("packages");
        for (ValidationReport r : reports) {
            ObjectNode p = packages.addObject();
            p.put("package", r.path().toString());
            p.put("name", r.name().orElse(null));
            p.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
            ObjectNode hashes = p.putObject("hashes");
            hashes.put("upstream", r.upstreamHash().orElse(null));
            hashes.put("content", r.contentHash().orElse(null));
            hashes.put("contentFormat", PackageHashes.CONTENT_VERSION);
            ObjectNode counts = p.putObject("counts");
            counts.put("errors", r.count(Severity.ERROR));
            counts.put("warnings", r.count(Severity.WARNING));
            counts.put("infos", r.count(Severity.INFO));
            ArrayNode ds = p.putArray("diagnostics");
            r.diagnostics().forEach(d -> addDiagnostic(ds, d));
        }
        print(root, out);
    }

    /** One diagnostic as every JSON report of the CLI writes it. */
    static void addDiagnostic(ArrayNode into, Diagnostic d) {
        ObjectNode n = into.addObject();
        n.put("code", d.code());
        n.put("severity", d.severity().label());
        n.put("file", d.file());
        n.put("line", d.line());
        n.put("column", d.column());
        n.put("length", d.length());
        n.put("message", d.message());
        n.put("fix", d.fix().orElse(null));
    }

    /** A fresh tree node of the CLI's JSON writer. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A value (records included) as a tree node, with the same mapper. */
    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    static void print(JsonNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
