package io.skillstudio.model.load;

import java.util.Optional;

/**
 * Files that belong to tools, not to the skill: version control and cache folders ({@code .git/},
 * {@code __pycache__/}, {@code node_modules/}, any dot-folder) and OS metadata. Upstream's directory
 * hash counts them; bundles, lockfiles and version diffs leave them out.
 */
public final class ToolFiles {

    private ToolFiles() {}

    /** The tool folder (with a trailing slash) a path lies in, if any. */
    public static Optional<String> folderOf(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        int from = 0;
        for (String part : path.split("/")) {
            if (part.equals(base) && from + part.length() == path.length()) {
                break;
            }
            if (part.equals("__pycache__") || part.equals("node_modules") || part.startsWith(".")) {
                return Optional.of(path.substring(0, from + part.length()) + "/");
            }
            from += part.length() + 1;
        }
        return Optional.empty();
    }

    /** True for files a bundle never carries: tool folders and OS metadata ({@code .DS_Store}, {@code ._*}). */
    public static boolean isToolFile(String path) {
        return folderOf(path).isPresent() || ZipPrefixRule.isOsMetadata(path);
    }
}
