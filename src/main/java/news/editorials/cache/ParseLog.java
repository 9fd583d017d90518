package news.editorials.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The file that holds the bake cache's parses, appended to and never rewritten in place: a bake adds the
 * parses of the files that changed, and the index ({@code documents.bin}) says where each file's current
 * parse is. A log starts with a random identity that the index names, so an index never reads another log.
 * When most of it is parses nobody uses any more, {@link #compactInto} copies the live ones to a new log.
 *
 * <p>Reads and appends are safe from any thread: reads are positional, appends take a lock.
 */
final class ParseLog implements AutoCloseable {
    private static final int MAGIC = 0x45444c47;
    static final int HEADER = 4 + 4 + 16;

    private final Path file;
    private final FileChannel channel;
    private final Digest identity;
    private long size;
    private volatile String damage;

    private ParseLog(Path file, FileChannel channel, Digest identity, long size) {
        this.file = file;
        this.channel = channel;
        this.identity = identity;
        this.size = size;
    }

    /** A new, empty log at {@code file} (replacing any there) with an identity of its own. */
    static ParseLog create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.putInt(MAGIC).putInt(BuildInputs.FORMAT).put(random).flip();
        Digest identity = new Digest(ByteBuffer.wrap(random).getLong(), ByteBuffer.wrap(random, 8, 8).getLong());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            out.write(header);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return open(file, identity);
    }

    /** The log at {@code file}, if it is the one with that identity; {@code null} otherwise. */
    static ParseLog open(Path file, Digest identity) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
                // read the whole header
            }
            header.flip();
            if (header.remaining() == HEADER && header.getInt() == MAGIC && header.getInt() == BuildInputs.FORMAT
                    && new Digest(header.getLong(), header.getLong()).equals(identity)) {
                ParseLog log = new ParseLog(file, channel, identity, channel.size());
                channel = null;
                return log;
            }
            return null;
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }

    Digest identity() {
        return identity;
    }

    synchronized long size() {
        return size;
    }

    /** Writes {@code bytes} at the end; returns where they start. */
    synchronized long append(byte[] bytes) {
        long at = size;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = at;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bake cache " + file, e);
        }
        size = at + bytes.length;
        return at;
    }

    /** {@code length} bytes at {@code offset}; an error if the log has no such bytes. */
    byte[] read(long offset, int length) throws IOException {
        if (offset < HEADER || length < 0 || offset + length > size()) {
            throw new IOException("no record at " + offset + " (+" + length + ")");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("it ends at " + (offset + buffer.position()));
            }
        }
        return buffer.array();
    }

    /**
     * Records what is wrong with the file and returns the exception to throw: the bake cannot trust this
     * log any more, and its owner makes the bake a clean one (see {@link BakeCache#damaged()}).
     */
    DamagedCacheException damaged(String what) {
        damage = file + ": " + what;
        return new DamagedCacheException("The bake cache is damaged (" + damage + "); the bake starts again, clean");
    }

    /** What was found wrong with the file, or {@code null}. */
    String damage() {
        return damage;
    }

    /** Copies {@code length} bytes at {@code offset} to the end of {@code target}; returns where they start there. */
    long copyTo(ParseLog target, long offset, int length) throws IOException {
        synchronized (target) {
            long at = target.size;
            long copied = 0;
            while (copied < length) {
                long moved = channel.transferTo(offset + copied, length - copied, target.channel.position(at + copied));
                if (moved <= 0) {
                    throw new IOException(file + " ends at " + (offset + copied));
                }
                copied += moved;
            }
            target.size = at + length;
            return at;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the bake cache " + file, e);
        }
    }
}
