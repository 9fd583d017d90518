package news.editorials.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed Markdown files by source path: the bytes' digest, the file's stamp when they were read, and the
 * parse result (document model and warnings) in {@link ValueCodec}'s encoding. A file whose stamp is
 * unchanged and {@linkplain FileStamp#settledBefore settled}, or whose bytes hash the same, is not parsed
 * again. Safe for the crawler's threads.
 */
final class ParsedDocuments {
    record Entry(FileStamp stamp, long readAtMillis, Digest content, byte[] encoded) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    Map<String, Entry> entries() {
        return entries;
    }

    boolean changed() {
        return changed;
    }

    void clear() {
        changed |= !entries.isEmpty();
        entries.clear();
    }

    void startBake() {
        seen.clear();
        changed = false;
    }

    /** Forgets files not looked up in this bake (deleted or renamed). */
    void dropUnseen() {
        changed |= entries.keySet().retainAll(seen);
    }

    /** The cached parse of {@code source}, or a miss carrying the bytes to parse. */
    BakeCache.Source lookup(String source, Path file, Fingerprint fingerprint) {
        seen.add(source);
        long readAt = System.currentTimeMillis();
        FileStamp stamp = FileStamp.of(file);
        Entry entry = entries.get(source);
        if (entry != null && stamp != null && stamp.equals(entry.stamp()) && entry.stamp().settledBefore(entry.readAtMillis())) {
            BakeCache.Source hit = decode(source, file, entry, fingerprint);
            if (hit != null) {
                return hit;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // The parser reports unreadable files, naming them; nothing to cache.
            return new BakeCache.Source(this, source, file, null, null, null, null, stamp, readAt, null);
        }
        Digest content = Digest.of(bytes);
        if (entry != null && content.equals(entry.content())) {
            Entry refreshed = new Entry(stamp, readAt, content, entry.encoded());
            entries.put(source, refreshed);
            changed = true;
            BakeCache.Source hit = decode(source, file, refreshed, fingerprint);
            if (hit != null) {
                return hit;
            }
        }
        return new BakeCache.Source(this, source, file, bytes, null, null, content, stamp, readAt, null);
    }

    /** Remembers a fresh parse; one holding values the codec cannot write is not remembered. */
    void store(String source, FileStamp stamp, long readAt, Digest content, Map<String, Object> model, List<String> warnings) {
        if (stamp == null || !ValueCodec.canWrite(model)) {
            entries.remove(source);
            changed = true;
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ValueCodec.write(out, model);
            ValueCodec.write(out, new ArrayList<>(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(source, new Entry(stamp, readAt, content, bytes.toByteArray()));
        changed = true;
    }

    private BakeCache.Source decode(String source, Path file, Entry entry, Fingerprint fingerprint) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.encoded()))) {
            Map<String, Object> model = new java.util.LinkedHashMap<>();
            ValueCodec.readMap(in, model);
            @SuppressWarnings("unchecked")
            List<String> warnings = (List<String>) ValueCodec.read(in);
            return new BakeCache.Source(this, source, file, null, model, warnings, entry.content(), entry.stamp(),
                    entry.readAtMillis(), entry);
        } catch (IOException | ClassCastException e) {
            entries.remove(source);
            changed = true;
            return null;
        }
    }
}
