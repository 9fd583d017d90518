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

    /** A parse as objects, valid while {@code entry} is the one cached for its file. */
    private record Decoded(Entry entry, Map<String, Object> model, List<String> warnings) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;
    /**
     * For a cache that lives in one JVM (the preview's): parses kept as objects too, so a bake copies their
     * maps and lists instead of decoding every string again (at 10,000 editorials, about 1.5 s a bake).
     * {@code null} for a cache on disk, where each bake is a JVM of its own that decodes each parse once.
     */
    private final Map<String, Decoded> decoded;

    ParsedDocuments(boolean keepDecoded) {
        this.decoded = keepDecoded ? new ConcurrentHashMap<>() : null;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    boolean changed() {
        return changed;
    }

    void clear() {
        changed |= !entries.isEmpty();
        entries.clear();
        if (decoded != null) {
            decoded.clear();
        }
    }

    void startBake() {
        seen.clear();
        changed = false;
    }

    /** Forgets files not looked up in this bake (deleted or renamed). */
    void dropUnseen() {
        changed |= entries.keySet().retainAll(seen);
        if (decoded != null) {
            decoded.keySet().retainAll(seen);
        }
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
        Entry entry = new Entry(stamp, readAt, content, bytes.toByteArray());
        entries.put(source, entry);
        changed = true;
        if (decoded != null) {
            decoded.put(source, new Decoded(entry, ValueCodec.copyMap(model), List.copyOf(warnings)));
        }
    }

    private BakeCache.Source decode(String source, Path file, Entry entry, Fingerprint fingerprint) {
        Decoded kept = decoded == null ? null : decoded.get(source);
        if (kept != null && kept.entry().content().equals(entry.content()) && kept.entry().encoded() == entry.encoded()) {
            return new BakeCache.Source(this, source, file, null, ValueCodec.copyMap(kept.model()), kept.warnings(),
                    entry.content(), entry.stamp(), entry.readAtMillis(), entry);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.encoded()))) {
            Map<String, Object> model = new java.util.LinkedHashMap<>();
            ValueCodec.readMap(in, model);
            @SuppressWarnings("unchecked")
            List<String> warnings = (List<String>) ValueCodec.read(in);
            if (decoded != null) {
                decoded.put(source, new Decoded(entry, ValueCodec.copyMap(model), List.copyOf(warnings)));
            }
            return new BakeCache.Source(this, source, file, null, model, warnings, entry.content(), entry.stamp(),
                    entry.readAtMillis(), entry);
        } catch (IOException | ClassCastException e) {
            entries.remove(source);
            changed = true;
            return null;
        }
    }
}
