package io.skillstudio.app.studio.welcome;

import io.skillstudio.model.skillmd.SkillDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packages "New skill" can start from: the templates and the sample skills shipped by sample-skills
 * under {@code io/skillstudio/samples/}. A jar cannot be listed portably, so each folder is read from
 * its {@code index.txt}; a folder without one (samples added by others) is walked where it lies.
 */
public final class TemplateCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    public static final String BASE = "io/skillstudio/samples/";

    /** A template: its group ("templates" or "skills"), folder name, description and files. */
    public record Template(String group, String id, String description, List<String> files) {
        @Override
        public String toString() {
            return id;
        }
    }

    private final ClassLoader loader;

    public TemplateCatalog(ClassLoader loader) {
        this.loader = loader;
    }

    public static TemplateCatalog standard() {
        return new TemplateCatalog(TemplateCatalog.class.getClassLoader());
    }

    public List<Template> all() {
        List<Template> out = new ArrayList<>(group("templates"));
        out.addAll(group("skills"));
        return out;
    }

    public List<Template> group(String group) {
        Map<String, List<String>> byTemplate = new LinkedHashMap<>();
        for (String path : list(group)) {
            int slash = path.indexOf('/');
            if (slash > 0) {
                byTemplate
                        .computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>())
                        .add(path.substring(slash + 1));
            }
        }
        List<Template> out = new ArrayList<>();
        byTemplate.forEach((id, files) -> {
            if (files.contains("SKILL.md")) {
                String description = read(group, id + "/SKILL.md")
                        .map(SkillDocument::parse)
                        .flatMap(SkillDocument::description)
                        .orElse("");
                out.add(new Template(group, id, description, List.copyOf(files)));
            }
        });
        return out;
    }

    public Optional<byte[]> bytes(Template t, String file) {
        try (InputStream in = loader.getResourceAsStream(BASE + t.group() + "/" + t.id() + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            LOG.warn("cannot read template file {}", file, e);
            return Optional.empty();
        }
    }

    /** Relative file paths under a group folder, from its index or by walking it. */
    List<String> list(String group) {
        Optional<String> index = read(group, "index.txt");
        if (index.isPresent()) {
            return index.get()
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
        URL url = loader.getResource(BASE + group);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return walk(fs.getPath(BASE + group));
                }
            }
            return walk(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("cannot list {}", url, e);
            return List.of();
        }
    }

    private static List<String> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".keep"))
                    .sorted()
                    .toList();
        }
    }

    private Optional<String> read(String group, String file) {
        try (InputStream in = loader.getResourceAsStream(BASE + group + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
