package news.editorials.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Digests of files by content, remembered by their stamps ({@link FileStamp}) for a process that reads the
 * same files bake after bake (the live preview: templates, assets, its own classes): a file whose stamp has
 * not changed since it was hashed, and had settled before, is not read again. Without stamps (a platform
 * without inodes and change times) every file is read each time.
 */
public final class FileDigests {
    private record Known(FileStamp stamp, long readAtMillis, Digest digest) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final boolean remembers;

    private FileDigests(boolean remembers) {
        this.remembers = remembers;
    }

    /** Digests remembered from one bake to the next, for a long-lived process. */
    public FileDigests() {
        this(true);
    }

    /** Reads every file every time: for one bake ({@code mvn package}), which reads each file once anyway. */
    public static FileDigests none() {
        return new FileDigests(false);
    }

    /** The digest of the file's bytes now. */
    Digest of(Path file) throws IOException {
        FileStamp stamp = remembers ? FileStamp.of(file) : null;
        if (stamp != null) {
            Known earlier = known.get(file);
            if (earlier != null && earlier.stamp().equals(stamp) && stamp.settledBefore(earlier.readAtMillis())) {
                return earlier.digest();
            }
        }
        long readAt = System.currentTimeMillis();
        Digest digest = Digest.of(Files.readAllBytes(file));
        if (stamp != null) {
            known.put(file, new Known(stamp, readAt, digest));
        }
        return digest;
    }
}
