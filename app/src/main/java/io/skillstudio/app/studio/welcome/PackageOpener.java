package io.skillstudio.app.studio.welcome;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.samples.SampleFiles;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * File › Open: a package folder, its SKILL.md, a {@code .zip} bundle, or a sample set (opened by the run
 * window, see {@code RunFeature#openSampleFile}). A zip is read through
 * skill-model's loader (so unsafe or broken zips become diagnostics, never exceptions) and then, if the
 * user agrees, extracted to a folder and opened there.
 *
 * <p>Why extract instead of a read-only project: the studio is an editor, and every part of it (save,
 * rename, autosave, crash recovery, external-change checks) works on files in a folder. A read-only
 * mode would need a guard in each of them, and the user who opens a bundle usually wants to change it.
 */
public final class PackageOpener {

    private static final int MAX_LISTED = 12;

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Path> openFolder;
    private final Consumer<Path> openSampleFile;
    private final PackageLoader loader = new PackageLoader();

    /** @param openSampleFile opens a sample set ({@code .jsonl}, {@code .json}) chosen instead of a package */
    public PackageOpener(
            TaskExecutor executor, DialogService dialogs, Consumer<Path> openFolder, Consumer<Path> openSampleFile) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.openFolder = openFolder;
        this.openSampleFile = openSampleFile;
    }

    // --- commands
    /** Opens what the user chose in File › Open. */
    public void open(Path chosen) {
        String name = chosen.getFileName() == null
                ? chosen.toString()
                : chosen.getFileName().toString();
        if (Files.isDirectory(chosen)) {
            openFolder.accept(chosen);
        } else if (name.equals("SKILL.md") && chosen.getParent() != null) {
            openFolder.accept(chosen.getParent());
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            openZip(chosen);
        } else if (SampleFiles.isSampleFileName(name)) {
            openSampleFile.accept(chosen);
        } else {
            dialogs.showError(
                    "Cannot open " + name,
                    "Choose a package folder, its SKILL.md, a .zip bundle, or a sample" + " set (.jsonl, .json).");
        }
    }

    /**
     * File › Import bundle: unpacks {@code zip} into {@code dir} and opens the copy. Reading and writing
     * the archive runs as a background task, like opening one, so a large bundle never freezes the window.
     */
    public void importInto(Path zip, Path dir) {
        String name = zip.getFileName().toString();
        executor.submit(
                "Importing " + name,
                progress -> BundleImporter.importZip(zip, dir),
                root -> {
                    if (Files.isDirectory(root)) {
                        openFolder.accept(root);
                    }
                },
                e -> dialogs.showError("Cannot import " + name, String.valueOf(e.getMessage())));
    }

    private void openZip(Path zip) {
        String name = zip.getFileName().toString();
        executor.submit(
                "Reading " + name,
                progress -> loader.load(zip),
                r -> offerExtract(zip, r),
                e -> dialogs.showError("Cannot open " + name, String.valueOf(e.getMessage())));
    }

    private void offerExtract(Path zip, LoadResult r) {
        String name = zip.getFileName().toString();
        if (r.skillPackage().isEmpty()) {
            dialogs.showError(
                    "Cannot open " + name, "The zip is not a readable skill package:\n" + list(r.diagnostics()));
            return;
        }
        String problems = r.diagnostics().isEmpty() ? "" : "\n\nWhile reading it:\n" + list(r.diagnostics());
        if (!dialogs.confirm(
                "Extract " + name + "?",
                "A zip opens as an editable copy in a folder; the zip itself "
                        + "is not changed. Choose the folder to extract it into next." + problems,
                "Choose folder…")) {
            return;
        }
        SkillPackage pkg = r.skillPackage().get();
        dialogs.chooseFolder("Extract " + name + " into")
                .ifPresent(dir -> executor.submit(
                        "Extracting " + name,
                        progress -> BundleImporter.extract(pkg, zip, dir),
                        openFolder,
                        e -> dialogs.showError("Cannot extract " + name, String.valueOf(e.getMessage()))));
    }

    /** Diagnostics as lines a person can read, capped so a broken zip cannot make a screen-high dialog. */
    static String list(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "no details";
        }
        String shown = diagnostics.stream()
                .limit(MAX_LISTED)
                .map(d -> "• " + d.code() + " " + (d.file().isEmpty() ? "" : d.file() + ": ") + d.message())
                .collect(Collectors.joining("\n"));
        return diagnostics.size() > MAX_LISTED
                ? shown + "\n… and " + (diagnostics.size() - MAX_LISTED) + " more"
                : shown;
    }
}
