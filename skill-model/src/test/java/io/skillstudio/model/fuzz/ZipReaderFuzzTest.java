package io.skillstudio.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.model.load.LoadResult;
import io.skillstudio.model.load.PackageLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Jazzer target (issue 8): the zip reader. Any bytes end as a package or diagnostics, never an exception. */
class ZipReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void zipReader(byte[] zip) {
        try {
            Path dir = Files.createTempDirectory("fuzz-zip-");
            Path file = Files.write(dir.resolve("p.zip"), zip);
            try {
                LoadResult r = new PackageLoader().load(file);
                r.skillPackage().ifPresent(p -> p.files().forEach(f -> f.text()));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
