package io.skillstudio.model.load;

/**
 * Safety limits for reading untrusted packages.
 *
 * @param maxFileBytes files above this are listed but not read
 * @param maxZipEntries more entries than this is treated as a zip bomb; also the file cap of a folder
 * @param maxZipTotalBytes total uncompressed bytes read from a zip; also the byte cap of a folder
 * @param maxZipRatio largest uncompressed/compressed ratio allowed for an entry over 1 MiB
 */
public record LoadLimits(long maxFileBytes, int maxZipEntries, long maxZipTotalBytes, double maxZipRatio) {
    public static final LoadLimits DEFAULT = new LoadLimits(10L * 1024 * 1024, 10_000, 200L * 1024 * 1024, 100.0);
}
