package news.editorials.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: size, inode, modification and change times.
 * The change time ({@code ctime}) is set by the kernel on every write and cannot be set back by tools such
 * as {@code touch -d} or {@code cp -p}, so an unchanged stamp means unchanged bytes, with one caveat that
 * {@link #settledBefore} handles: a file written twice within one tick of the file system's clock.
 */
record FileStamp(long size, long inode, long modifiedNanos, long changedNanos) {

    /** The stamp, or {@code null} where the platform has no inode and change time (then files are hashed). */
    static FileStamp of(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,ino,lastModifiedTime,ctime");
            return new FileStamp((Long) unix.get("size"), (Long) unix.get("ino"),
                    nanos((FileTime) unix.get("lastModifiedTime")), nanos((FileTime) unix.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /**
     * Whether this stamp can vouch for the bytes seen at {@code readAtMillis} (wall clock, taken before the
     * file was read): only if the file had last changed well before, so that any later write shows as a
     * newer change time. A file saved in the same instant as it was read is hashed again next time.
     */
    boolean settledBefore(long readAtMillis) {
        long margin = TimeUnit.SECONDS.toNanos(2);
        long readAt = TimeUnit.MILLISECONDS.toNanos(readAtMillis);
        return changedNanos < readAt - margin && modifiedNanos < readAt - margin;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(size);
        out.writeLong(inode);
        out.writeLong(modifiedNanos);
        out.writeLong(changedNanos);
    }

    static FileStamp read(DataInput in) throws IOException {
        return new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
