package news.editorials.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Digests of files by content, remembered by their stamps ({@link FileStamp}) for a process that reads the
 * same files bake after bake (the live preview: the project's files, templates, assets and classes): a file
 * whose stamp has not changed since it was hashed, and had settled before, is not read again. Without stamps
 * (a platform without inodes and change times) every file is read each time.
 */
public final class FileDigests {
    private record Known(FileStamp stamp, long readAtMillis, Digest digest) {
    }

    private final boolean remembers;
    private final LongSupplier clock;
    /** What the last round of reads found, and what this one has found so far: files gone are forgotten. */
    private Map<Path, Known> known = new ConcurrentHashMap<>();
    private Map<Path, Known> seen = new ConcurrentHashMap<>();
    private int reads;

    FileDigests(boolean remembers, LongSupplier clock) {
        this.remembers = remembers;
        this.clock = clock;
    }

    /** Digests remembered from one bake to the next, for a long-lived process. */
    public FileDigests() {
        this(true, System::currentTimeMillis);
    }

    /** Reads every file every time: for one bake ({@code mvn package}), which reads each file once anyway. */
    public static FileDigests none() {
        return new FileDigests(false, System::currentTimeMillis);
    }

    /** The digest of the file's bytes now. */
    Digest of(Path file) throws IOException {
        FileStamp stamp = remembers ? FileStamp.of(file) : null;
        if (stamp != null) {
            Known earlier = known.get(file);
            if (earlier != null && earlier.stamp().equals(stamp) && stamp.settledBefore(earlier.readAtMillis())) {
                seen.put(file, earlier);
                return earlier.digest();
            }
        }
        long readAt = clock.getAsLong();
        Digest digest = Digest.of(Files.readAllBytes(file));
        reads++;
        if (stamp != null) {
            seen.put(file, new Known(stamp, readAt, digest));
        }
        return digest;
    }

    /** Ends a round of reads (a bake's): only the files it read are remembered for the next. */
    void endRound() {
        known = seen;
        seen = new ConcurrentHashMap<>();
    }

    /** How many files were read so far (for tests). */
    int reads() {
        return reads;
    }
}
