package io.skillstudio.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.hash.PackageHashes;
import io.skillstudio.model.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: "a swap race read /etc/passwd in 6 of 60 runs". A second thread keeps swapping a package file
 * (or the folder holding it) with a link to a file outside the package while the loader and the upstream
 * hash read the package again and again; not one byte from outside may be read. The attacker's swaps are
 * counted, so the test fails if it did not actually race.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class FileSwapRaceTest {

    private static final String SECRET = "OUTSIDE-SECRET-0xC0FFEE";
    private static final int READS = 400;

    @TempDir
    Path tmp;

    /** Toggles {@code swap} between its two states until stopped, counting completed swaps. */
    private static final class Attacker extends Thread {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger swaps = new AtomicInteger();
        final IoRunnable toOutside;
        final IoRunnable toInside;

        Attacker(IoRunnable toOutside, IoRunnable toInside) {
            super("swap-attacker");
            this.toOutside = toOutside;
            this.toInside = toInside;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    toOutside.run();
                    toInside.run();
                    swaps.incrementAndGet();
                } catch (IOException e) {
                    // a half-done swap is part of the attack; go on
                }
            }
        }

        void finish() throws InterruptedException {
            stop.set(true);
            join();
        }
    }

    interface IoRunnable {
        void run() throws IOException;
    }

    private void readRepeatedly(Path pkg, Attacker attacker, Set<String> allowedHashes) throws Exception {
        attacker.start();
        try {
            for (int i = 0; i < READS; i++) {
                LoadResult r = new PackageLoader().load(pkg);
                r.skillPackage()
                        .ifPresent(p -> p.files()
                                .forEach(f -> f.bytes()
                                        .ifPresent(b -> assertThat(new String(b, StandardCharsets.ISO_8859_1))
                                                .as(f.path())
                                                .doesNotContain(SECRET))));
                String hash = PackageHashes.upstreamDirectory(pkg);
                assertThat(allowedHashes)
                        .as("upstream hash read bytes from outside")
                        .contains(hash);
            }
        } finally {
            attacker.finish();
        }
        assertThat(attacker.swaps.get()).as("the attacker raced").isGreaterThan(10);
    }

    /** Hashes of every state the reader may see without reading outside bytes. */
    private Set<String> allowed(Path pkg, Path file) throws IOException {
        Set<String> ok = new HashSet<>();
        ok.add(PackageHashes.upstreamDirectory(pkg)); // the file as it is
        byte[] saved = Files.readAllBytes(file);
        Files.write(file, new byte[0]);
        ok.add(PackageHashes.upstreamDirectory(pkg)); // listed, then not read (swapped meanwhile)
        Files.delete(file);
        ok.add(PackageHashes.upstreamDirectory(pkg)); // not listed (a link out at listing time)
        Files.write(file, saved);
        return ok;
    }

    @Test
    void aFileSwappedWithALinkOutsideIsNeverReadThrough() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Path pkg = Fixtures.folder(tmp, "pkg", Fixtures.goodWith("references/notes.md", "inside notes\n"));
        Path target = pkg.resolve("references/notes.md");
        Set<String> ok = allowed(pkg, target);
        // Built beside the package (same file system) and renamed into place: each swap is atomic.
        Path link = tmp.resolve(".link");
        Path regular = tmp.resolve(".regular");
        Attacker attacker = new Attacker(
                () -> {
                    Files.deleteIfExists(link);
                    Files.createSymbolicLink(link, secret);
                    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                },
                () -> {
                    Files.writeString(regular, "inside notes\n");
                    Files.move(regular, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                });
        readRepeatedly(pkg, attacker, ok);
    }

    @Test
    void aFolderSwappedWithALinkToAnOutsideFolderIsNeverReadThrough() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("notes.md"), SECRET);
        Path pkg = Fixtures.folder(tmp, "pkg", Fixtures.goodWith("references/notes.md", "inside notes\n"));
        Path dir = pkg.resolve("references");
        Set<String> ok = allowed(pkg, dir.resolve("notes.md"));
        // not listed at all: the folder was a link (not entered) when the walk reached it
        Path aside = tmp.resolve("references-aside");
        Files.move(dir, aside);
        ok.add(PackageHashes.upstreamDirectory(pkg));
        Files.move(aside, dir);
        Attacker attacker = new Attacker(
                () -> {
                    Files.move(dir, aside);
                    Files.createSymbolicLink(dir, outside);
                },
                () -> {
                    Files.delete(dir);
                    Files.move(aside, dir);
                });
        readRepeatedly(pkg, attacker, ok);
    }
}
