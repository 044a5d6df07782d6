package io.skillstudio.model.versioning.history;

import io.skillstudio.model.save.PackageWriter;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.VersionInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The git history of one package folder, through JGit. The folder is the repository's work tree or lies
 * inside it; commits, logs and checkouts are limited to the package's path, so other packages in the
 * same repository are never committed or shown. Close it after use.
 */
public final class PackageHistory implements AutoCloseable {

    /** The largest total a checkout writes, against a repository crafted to fill the disk. */
    static final long MAX_CHECKOUT_BYTES = 256L * 1024 * 1024;

    private final Git git;
    private final String packagePath;

    private PackageHistory(Git git, String packagePath) {
        this.git = git;
        this.packagePath = packagePath;
    }

    /** The history of the repository holding {@code packageDir}, or empty when it lies in none. */
    public static Optional<PackageHistory> open(Path packageDir) throws HistoryException {
        try {
            Path real = packageDir.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                return Optional.empty();
            }
            Path top = repo.getWorkTree().toPath().toRealPath();
            String rel = top.relativize(real).toString().replace(File.separatorChar, '/');
            return Optional.of(new PackageHistory(new Git(repo), rel));
        } catch (IOException e) {
            throw new HistoryException("cannot open the git repository of " + packageDir + ": " + e.getMessage(), e);
        }
    }

    /** Creates a repository in {@code packageDir} (branch {@code main}) unless one already holds it. */
    public static PackageHistory openOrInit(Path packageDir) throws HistoryException {
        Optional<PackageHistory> existing = open(packageDir);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            Git.init()
                    .setDirectory(packageDir.toFile())
                    .setInitialBranch("main")
                    .call()
                    .close();
        } catch (GitAPIException e) {
            throw new HistoryException("cannot create a git repository in " + packageDir + ": " + e.getMessage(), e);
        }
        return open(packageDir).orElseThrow(() -> new HistoryException("git init left no repository in " + packageDir));
    }

    /** The package folder relative to the repository's work tree; {@code ""} when they are the same. */
    public String packagePath() {
        return packagePath;
    }

    public Path workTree() {
        return git.getRepository().getWorkTree().toPath();
    }

    /**
     * Stages every change under the package (new, changed and deleted files) and commits only those paths.
     *
     * @param author who commits; empty uses the repository's configured user
     * @return the new commit's id
     */
    public String commit(String message, Optional<PersonIdent> author) throws HistoryException {
        if (message == null || message.isBlank()) {
            throw new HistoryException("a commit needs a message");
        }
        String pattern = packagePath.isEmpty() ? "." : packagePath;
        try {
            git.add().addFilepattern(pattern).call();
            git.add().setUpdate(true).addFilepattern(pattern).call();
            var status = git.status();
            if (!packagePath.isEmpty()) {
                status.addPath(packagePath);
            }
            if (!status.call().hasUncommittedChanges()) {
                throw new HistoryException("nothing to commit: the package has no changes since the last commit");
            }
            var cmd = git.commit().setMessage(message).setSign(false).setAllowEmpty(false);
            author.ifPresent(a -> cmd.setAuthor(a).setCommitter(a));
            if (!packagePath.isEmpty() && hasHead()) {
                cmd.setOnly(packagePath);
            }
            return cmd.call().getName();
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw new HistoryException("commit failed: " + e.getMessage(), e);
        }
    }

    /** Tags the commit {@code rev} as release {@code NAME-vX.Y.Z} (an annotated tag). */
    public String tagRelease(String name, SkillVersion version, String rev, Optional<PersonIdent> tagger)
            throws HistoryException {
        String tag = VersionInfo.tagName(name, version);
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit commit = walk.parseCommit(resolve(rev));
            if (git.getRepository().findRef(Constants.R_TAGS + tag) != null) {
                throw new HistoryException("tag " + tag + " already exists; bump the version first");
            }
            var cmd = git.tag()
                    .setName(tag)
                    .setObjectId(commit)
                    .setAnnotated(true)
                    .setSigned(false)
                    .setMessage("Release " + name + " " + version);
            tagger.ifPresent(cmd::setTagger);
            cmd.call();
            return tag;
        } catch (IOException | GitAPIException e) {
            throw new HistoryException("cannot tag " + tag + ": " + e.getMessage(), e);
        }
    }

    /** Commits that touched the package, newest first, each with the tags pointing at it. */
    public List<HistoryEntry> log() throws HistoryException {
        try {
            if (!hasHead()) {
                return List.of();
            }
            Map<String, List<String>> tags = tagsByCommit();
            var cmd = git.log().add(git.getRepository().resolve(Constants.HEAD));
            if (!packagePath.isEmpty()) {
                cmd.addPath(packagePath);
            }
            List<HistoryEntry> out = new ArrayList<>();
            for (RevCommit c : cmd.call()) {
                PersonIdent who = c.getAuthorIdent();
                out.add(new HistoryEntry(
                        c.getName(),
                        c.abbreviate(8).name(),
                        c.getFullMessage(),
                        who.getName(),
                        who.getWhenAsInstant(),
                        tags.getOrDefault(c.getName(), List.of())));
            }
            return out;
        } catch (IOException | GitAPIException e) {
            throw new HistoryException("cannot read the history: " + e.getMessage(), e);
        }
    }

    /** Every tag name with the commit it points at (annotated tags peeled). */
    public Map<String, List<String>> tagsByCommit() throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        Repository repo = git.getRepository();
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            Ref peeled = repo.getRefDatabase().peel(ref);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
            out.computeIfAbsent(target.getName(), k -> new ArrayList<>())
                    .add(ref.getName().substring(Constants.R_TAGS.length()));
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** The commit id a revision names (id, short id, tag, branch, {@code HEAD~1}, ...). */
    public String resolveCommit(String rev) throws HistoryException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.parseCommit(resolve(rev)).getName();
        } catch (IOException e) {
            throw new HistoryException("'" + rev + "' is not a commit: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the package as it was at {@code rev} into {@code target} (which must be empty or absent).
     * Only regular files are written, each through {@link PackageWriter#resolveInside}; links and
     * submodules in the tree are skipped and listed in the result.
     */
    public Checkout checkout(String rev, Path target) throws HistoryException {
        List<String> skipped = new ArrayList<>();
        int written = 0;
        long total = 0;
        Repository repo = git.getRepository();
        try (RevWalk walk = new RevWalk(repo);
                ObjectReader reader = repo.newObjectReader();
                TreeWalk tw = new TreeWalk(reader)) {
            RevCommit commit = walk.parseCommit(resolve(rev));
            Files.createDirectories(target);
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            String prefix = packagePath.isEmpty() ? "" : packagePath + "/";
            if (!packagePath.isEmpty()) {
                tw.setFilter(PathFilter.create(packagePath));
            }
            while (tw.next()) {
                String rel = tw.getPathString().substring(prefix.length());
                FileMode mode = tw.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    skipped.add(rel);
                    continue;
                }
                ObjectId blob = tw.getObjectId(0);
                total += reader.getObjectSize(blob, Constants.OBJ_BLOB);
                if (total > MAX_CHECKOUT_BYTES) {
                    throw new HistoryException("revision " + rev + " holds more than " + MAX_CHECKOUT_BYTES
                            + " bytes under the package; not checked out");
                }
                Path file = PackageWriter.resolveInside(target, rel);
                Files.createDirectories(file.getParent());
                Files.write(file, reader.open(blob, Constants.OBJ_BLOB).getBytes());
                written++;
            }
            return new Checkout(target, commit.getName(), written, skipped);
        } catch (IOException e) {
            throw new HistoryException("cannot check out " + rev + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #checkout} wrote. */
    public record Checkout(Path folder, String commit, int files, List<String> skipped) {
        public Checkout {
            skipped = List.copyOf(skipped);
        }
    }

    private ObjectId resolve(String rev) throws HistoryException, IOException {
        ObjectId id = git.getRepository().resolve(rev + "^{commit}");
        if (id == null) {
            throw new HistoryException("unknown revision '" + rev + "'");
        }
        return id;
    }

    private boolean hasHead() throws IOException {
        return git.getRepository().resolve(Constants.HEAD) != null;
    }

    @Override
    public void close() {
        git.getRepository().close();
        git.close();
    }
}
