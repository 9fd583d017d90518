package news.editorials.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The cache's files: each starts with a magic number, the format version and the key it was written under,
 * and is replaced whole (written aside, then renamed), so a reader never sees half a file.
 */
final class CacheFiles {
    private static final int MAGIC = 0x45444243;

    private CacheFiles() {
    }

    interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    /**
     * Data streams read and write an int a byte at a time, and Java 17's buffered streams take a lock for
     * every byte: over the millions of numbers in a large site's output records, that cost 0.3-0.4 s of an
     * incremental bake of 10,000 editorials (6.5 s). So the cache's files are buffered here, without locks
     * (one thread reads or writes a file).
     */
    static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedIn(Files.newInputStream(file)));
    }

    static void write(Path dir, String name, Writing writing) throws IOException {
        Path temp = Files.createTempFile(dir, name, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOut(Files.newOutputStream(temp)))) {
                writing.to(out);
            }
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static final int BUFFER = 1 << 16;

    /** A buffered input stream without locks. */
    private static final class BufferedIn extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;

        BufferedIn(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == limit) {
                if (length >= BUFFER) {
                    return in.read(into, offset, length);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, into, offset, count);
            position += count;
            return count;
        }

        private boolean fill() throws IOException {
            int count = in.read(buffer, 0, BUFFER);
            position = 0;
            limit = Math.max(0, count);
            return count > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A buffered output stream without locks. */
    private static final class BufferedOut extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int size;

        BufferedOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int value) throws IOException {
            if (size == BUFFER) {
                flushBuffer();
            }
            buffer[size++] = (byte) value;
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            if (length > BUFFER - size) {
                flushBuffer();
                if (length >= BUFFER) {
                    out.write(from, offset, length);
                    return;
                }
            }
            System.arraycopy(from, offset, buffer, size, length);
            size += length;
        }

        private void flushBuffer() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                out.close();
            }
        }
    }

    /** The key the file was written under; an error for another version's file. */
    static Digest readHeader(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != BuildInputs.FORMAT) {
            throw new IOException("written by another version");
        }
        return new Digest(in.readLong(), in.readLong());
    }

    static void writeHeader(DataOutputStream out, Digest key) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(BuildInputs.FORMAT);
        out.writeLong(key.high());
        out.writeLong(key.low());
    }

    /** The index of a {@link ParseLog}: the log's identity, then where each file's parse is in it. */
    static void writeDocuments(DataOutputStream out, Digest log, Map<String, ParsedDocuments.Entry> entries) throws IOException {
        Digest identity = log == null ? new Digest(0, 0) : log;
        out.writeLong(identity.high());
        out.writeLong(identity.low());
        out.writeInt(entries.size());
        for (Map.Entry<String, ParsedDocuments.Entry> e : entries.entrySet()) {
            ParsedDocuments.Entry entry = e.getValue();
            ValueCodec.writeString(out, e.getKey());
            entry.stamp().write(out);
            out.writeLong(entry.readAtMillis());
            out.writeLong(entry.content().high());
            out.writeLong(entry.content().low());
            out.writeLong(entry.offset());
            out.writeInt(entry.textsLength());
            out.writeInt(entry.length());
        }
    }

    /** Reads what {@link #writeDocuments} wrote into {@code into}; returns the log's identity. */
    static Digest readDocuments(DataInputStream in, Map<String, ParsedDocuments.Entry> into) throws IOException {
        Digest log = new Digest(in.readLong(), in.readLong());
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String source = ValueCodec.readString(in);
            FileStamp stamp = FileStamp.read(in);
            long readAt = in.readLong();
            Digest content = new Digest(in.readLong(), in.readLong());
            long offset = in.readLong();
            int textsLength = in.readInt();
            int length = in.readInt();
            if (offset < ParseLog.HEADER || textsLength < 0 || length < textsLength) {
                throw new IOException("corrupt entry for " + source);
            }
            into.put(source, new ParsedDocuments.Entry(stamp, readAt, content, offset, textsLength, length));
        }
        return log;
    }
}
