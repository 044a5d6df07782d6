package io.skillstudio.evaluator.text.langdetect;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (the evaluator's {@code langdetect-table} execution at {@code process-classes}): reads the
 * bundled JSON profiles from the compiled resources and writes {@link ProfileTable}'s binary form to
 * the path given as the only argument. Generated, never edited by hand.
 */
public final class ProfileTableBuild {

    private ProfileTableBuild() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProfileTableBuild OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        ProfileTable table = ProfileTable.fromProfiles(ProfileReader.readBundled(ProfileTable.LANGUAGES));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            table.write(o);
        }
    }
}
