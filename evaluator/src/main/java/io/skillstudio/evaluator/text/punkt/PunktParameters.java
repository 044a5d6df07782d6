package io.skillstudio.evaluator.text.punkt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A trained Punkt model: abbreviations, collocations, frequent sentence starters and the orthographic
 * context of each word type. Immutable; the English model is loaded once from the class path.
 */
public record PunktParameters(
        Set<String> abbrevTypes,
        Set<String> collocations,
        Set<String> sentStarters,
        Map<String, Integer> orthoContext) {

    static final String ENGLISH_RESOURCE = "punkt-english-params.json";

    public PunktParameters {
        abbrevTypes = Set.copyOf(abbrevTypes);
        collocations = Set.copyOf(collocations);
        sentStarters = Set.copyOf(sentStarters);
        orthoContext = Map.copyOf(orthoContext);
    }

    /** Collocations are stored as one string so the hot path does not allocate a pair object. */
    static String collocationKey(String type1, String type2) {
        return type1 + '\u0000' + type2;
    }

    boolean isCollocation(String type1, String type2) {
        return collocations.contains(collocationKey(type1, type2));
    }

    /** The Python model is a defaultdict(int): unknown types have context 0. */
    int ortho(String type) {
        Integer v = orthoContext.get(type);
        return v == null ? 0 : v;
    }

    /** NLTK's English model (PY3/english.pickle) as exported to JSON in shared/data/parity. */
    public static PunktParameters english() {
        return EnglishHolder.INSTANCE;
    }

    static PunktParameters read(InputStream in) throws IOException {
        JsonNode params = new ObjectMapper().readTree(in).path("params");
        Set<String> abbrevs = new HashSet<>();
        params.path("abbrev_types").forEach(n -> abbrevs.add(n.asText()));
        Set<String> collocs = new HashSet<>();
        params.path("collocations")
                .forEach(n ->
                        collocs.add(collocationKey(n.get(0).asText(), n.get(1).asText())));
        Set<String> starters = new HashSet<>();
        params.path("sent_starters").forEach(n -> starters.add(n.asText()));
        Map<String, Integer> ortho = new HashMap<>();
        params.path("ortho_context")
                .fields()
                .forEachRemaining(e -> ortho.put(e.getKey(), e.getValue().asInt()));
        if (abbrevs.isEmpty() || ortho.isEmpty()) {
            throw new IOException("Punkt parameter file has no abbrev_types or ortho_context");
        }
        return new PunktParameters(abbrevs, collocs, starters, ortho);
    }

    private static final class EnglishHolder {
        static final PunktParameters INSTANCE = load();

        private static PunktParameters load() {
            try (InputStream in = PunktParameters.class.getResourceAsStream(ENGLISH_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class path resource " + ENGLISH_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ENGLISH_RESOURCE, e);
            }
        }
    }
}
