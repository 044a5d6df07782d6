package io.skillstudio.model.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * The one place that turns YAML text into a node tree (for positions) and plain Java values (for
 * meaning). Safe constructor only: package files come from strangers.
 */
public final class YamlParse {

    private YamlParse() {}

    /** Result of a parse: a tree and its value, or a positioned error. */
    public record Result(Optional<Node> node, Object value, Optional<YamlError> error) {
        public boolean ok() {
            return error.isEmpty();
        }
    }

    /** A syntax error; line and column are 1-based within the parsed text. */
    public record YamlError(int line, int column, String message) {}

    public static Result parse(String text) {
        try {
            Yaml yaml = newYaml();
            Node node = yaml.compose(new StringReader(text));
            Object value = node == null ? null : newYaml().load(text);
            long cap = 2L * text.length() + EXPANSION_SLACK;
            if (expandedSize(value, cap) > cap) {
                // Aliases share one object, so loading is cheap; whoever walks or prints the value is not.
                return failure(1, 1, "aliases expand the document beyond " + cap + " characters (an alias bomb)");
            }
            return new Result(Optional.ofNullable(node), value, Optional.empty());
        } catch (MarkedYAMLException e) {
            Mark mark = pointAt(e);
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark start = e.getContextMark();
            String context = e.getContext() == null
                    ? ""
                    : e.getContext()
                            + (start == null
                                    ? ""
                                    : " (started at " + (start.getLine() + 1) + ":" + (start.getColumn() + 1) + ")")
                            + ": ";
            return failure(line, column, context + problem);
        } catch (YAMLException | IllegalArgumentException e) {
            return failure(1, 1, e.getMessage());
        } catch (ClassCastException e) {
            // SnakeYAML's safe constructors cast without checking: `!!binary` (or `!!int`, ...) on a mapping
            // or a list throws here (found by ResourcesYamlFuzzTest).
            return failure(1, 1, "a YAML tag does not fit its value (for example !!binary on a mapping or a list)");
        } catch (StackOverflowError e) {
            return failure(1, 1, "nesting too deep");
        }
    }

    /**
     * Where the mistake is. A scanner error's context mark is where the bad token started ("while scanning
     * a simple key", "... a quoted scalar"): the line with the mistake, while its problem mark is where the
     * scanner gave up, usually the next line. A parser error's context is the start of the enclosing
     * block, so there the problem mark is the place.
     */
    private static Mark pointAt(MarkedYAMLException e) {
        if (e instanceof ScannerException && e.getContextMark() != null) {
            return e.getContextMark();
        }
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    /** Expanded size allowed beyond twice the text: a few small anchors reused are fine. */
    static final long EXPANSION_SLACK = 64 * 1024;

    /**
     * The size of {@code value} with every alias expanded (scalar characters plus one per node),
     * counting stops as soon as it passes {@code cap}, so a bomb costs at most {@code cap} steps.
     */
    static long expandedSize(Object value, long cap) {
        long size = 0;
        ArrayDeque<Object> todo = new ArrayDeque<>();
        if (value != null) {
            todo.push(value);
        }
        while (!todo.isEmpty() && size <= cap) {
            Object v = todo.pop();
            size++;
            if (v instanceof Map<?, ?> m) {
                size += 2L * m.size(); // counted before pushing, so the work list stays under the cap too
                if (size > cap) {
                    break;
                }
                for (var e : m.entrySet()) {
                    if (e.getKey() != null) {
                        todo.push(e.getKey());
                    }
                    if (e.getValue() != null) {
                        todo.push(e.getValue());
                    }
                }
            } else if (v instanceof Collection<?> c) {
                size += c.size();
                if (size > cap) {
                    break;
                }
                c.forEach(x -> {
                    if (x != null) {
                        todo.push(x);
                    }
                });
            } else if (v instanceof CharSequence cs) {
                size += cs.length();
            } else if (v instanceof byte[] b) {
                size += b.length;
            }
        }
        return size;
    }

    private static Result failure(int line, int column, String message) {
        return new Result(Optional.empty(), null, Optional.of(new YamlError(line, column, oneLine(message))));
    }

    private static String oneLine(String s) {
        return s == null ? "invalid YAML" : s.replaceAll("\\s+", " ").trim();
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(10 * 1024 * 1024);
        options.setNestingDepthLimit(100);
        return new Yaml(new SafeConstructor(options));
    }
}
