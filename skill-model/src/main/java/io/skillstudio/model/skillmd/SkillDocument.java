package io.skillstudio.model.skillmd;

import io.skillstudio.model.yaml.Positions;
import io.skillstudio.model.yaml.YamlParse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * SKILL.md split into frontmatter and body. The text is kept verbatim; the frontmatter is parsed as
 * real YAML (block scalars included). {@code frontmatterLine} is the 1-based line where the YAML text
 * starts, so positions inside it map back to the file.
 */
public final class SkillDocument {

    private final String text;
    private final Frontmatter frontmatter;
    private final String body;

    private SkillDocument(String text, Frontmatter frontmatter, String body) {
        this.text = text;
        this.frontmatter = frontmatter;
        this.body = body;
    }

    /** The frontmatter block: absent, unparseable, or a mapping. */
    public record Frontmatter(
            String yamlText,
            int firstLine,
            Optional<YamlParse.YamlError> error,
            Map<String, Object> values,
            Optional<Node> node) {}

    public static SkillDocument parse(String text) {
        Optional<FrontmatterSplitter.Split> split = FrontmatterSplitter.split(text);
        if (split.isEmpty()) {
            return new SkillDocument(text, null, text);
        }
        FrontmatterSplitter.Split s = split.get();
        YamlParse.Result result = YamlParse.parse(s.yaml());
        Map<String, Object> values = new LinkedHashMap<>();
        Optional<YamlParse.YamlError> error = result.error();
        if (result.ok()) {
            if (result.value() instanceof Map<?, ?> map) {
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
            } else if (result.value() != null) {
                error = Optional.of(new YamlParse.YamlError(1, 1, "frontmatter must be a mapping of keys to values"));
            }
        }
        return new SkillDocument(
                text, new Frontmatter(s.yaml(), s.yamlFirstLine(), error, values, result.node()), s.body());
    }

    public String text() {
        return text;
    }

    public Optional<Frontmatter> frontmatter() {
        return Optional.ofNullable(frontmatter);
    }

    public String body() {
        return body;
    }

    public Optional<String> name() {
        return scalar("name");
    }

    public Optional<String> description() {
        return scalar("description");
    }

    /** {@code metadata} as written; values may be any YAML type (the spec wants strings). */
    public Map<String, Object> metadata() {
        if (frontmatter != null && frontmatter.values().get("metadata") instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        return Map.of();
    }

    private Optional<String> scalar(String key) {
        if (frontmatter == null) {
            return Optional.empty();
        }
        Object v = frontmatter.values().get(key);
        return v == null || v instanceof Map || v instanceof Iterable
                ? Optional.empty()
                : Optional.of(String.valueOf(v));
    }

    /** 1-based file line and column of a top-level key, when the frontmatter parsed. */
    public Optional<int[]> keyPosition(String key) {
        if (frontmatter == null || frontmatter.node().isEmpty()) {
            return Optional.empty();
        }
        return Positions.in(frontmatter.yamlText())
                .keySpan(frontmatter.node().get(), key)
                .map(span -> new int[] {span.line() + frontmatter.firstLine() - 1, span.column()});
    }

    /** Line (1-based, in the file) of the value of a top-level key. */
    public Optional<int[]> valuePosition(String key) {
        if (frontmatter == null || frontmatter.node().isEmpty()) {
            return Optional.empty();
        }
        return Positions.in(frontmatter.yamlText())
                .valueSpan(frontmatter.node().get(), key)
                .map(span -> new int[] {span.line() + frontmatter.firstLine() - 1, span.column()});
    }
}
