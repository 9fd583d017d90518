package news.editorials.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed Markdown files by source path: the bytes' digest, the file's stamp when they were read, and where
 * the parse result (document model and warnings) is. A file whose stamp is unchanged and
 * {@linkplain FileStamp#settledBefore settled}, or whose bytes hash the same, is not parsed again. Safe for
 * the crawler's threads.
 *
 * <p>On disk ({@code mvn package}), parses live in a {@link ParseLog}, one record each:
 * <pre>
 *   [the document's stored texts, UTF-8, one after the other]
 *   [digest of the Markdown bytes] [the parse's fingerprint] [model and warnings, in {@link ValueCodec}'s encoding]
 * </pre>
 * The model names each {@link StoredText} by its place in the record, so a record can be copied elsewhere
 * whole. A bake reads the models and leaves the texts (bodies, search text) in the file until a page needs
 * one: the heap holds what listings need, not every editorial's HTML. A new parse's texts move to the log
 * as it is stored, so a clean bake does not hold them either.
 *
 * <p>In memory (the preview's long-lived JVM), parses are kept as objects, made read-only once
 * ({@link TrackedDocument#readOnlyParse}), and handed out as they are: the crawler's {@link TrackedDocument}s
 * share their values, copying only the top-level dates and arrays.
 */
final class ParsedDocuments {
    /** Strings no longer than this are shared between parses (see {@link #recurring(Object)}). */
    private static final int RECURRING_LENGTH = 40;

    /**
     * One file's parse: in a log, the record at {@code offset} ({@code length} bytes, of which the first
     * {@code textsLength} are its texts); in memory, {@code offset} is -1 and the objects are kept aside.
     */
    record Entry(FileStamp stamp, long readAtMillis, Digest content, long offset, int textsLength, int length) {
        Entry restamped(FileStamp newStamp, long newReadAt) {
            return new Entry(newStamp, newReadAt, content, offset, textsLength, length);
        }
    }

    /** A parse as objects, valid while its file's bytes have the digest {@code content}. */
    private record Decoded(Digest content, Map<String, Object> model, Digest parseDigest, List<String> warnings) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Values the bake's parses share, for the current bake. */
    private final Map<Object, Object> recurring = new ConcurrentHashMap<>();
    private volatile boolean changed;
    /** Where parses are logged, or {@code null} for a cache in memory. */
    private final Path logFile;
    /** The log the entries point into, once known ({@link #useLog}); opened on demand. */
    private Digest logIdentity;
    private ParseLog log;
    /** For a cache in memory: the parses as objects. */
    private final Map<String, Decoded> decoded;

    /** @param logFile where parses are logged, or {@code null} to keep them in memory */
    ParsedDocuments(Path logFile) {
        this.logFile = logFile;
        this.decoded = logFile == null ? new ConcurrentHashMap<>() : null;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    boolean changed() {
        return changed;
    }

    /** The log the loaded entries point into ({@code null} when there are none). */
    void useLog(Digest identity) {
        closeLog();
        logIdentity = identity;
    }

    Digest logIdentity() {
        return logIdentity;
    }

    void clear() {
        changed |= !entries.isEmpty();
        entries.clear();
        if (decoded != null) {
            decoded.clear();
        }
        // The next parse stored starts a new log: the old one's identity no longer matches the index.
        closeLog();
        logIdentity = null;
    }

    /**
     * {@code value} with its short strings, and the read-only maps of strings in its lists (a topic's link),
     * replaced by equal ones an earlier parse of this bake holds, fresh or decoded: a bake holds every
     * document at once, and each would otherwise have its own copy of its author, year, status, root path,
     * dates and topics (a few hundred bytes an editorial). Collections keep their kind: a read-only list
     * stays read-only, a list the parse could change a new list of its own.
     */
    private Object recurring(Object value) {
        if (value instanceof String text) {
            if (text.length() > RECURRING_LENGTH) {
                return text;
            }
            Object earlier = recurring.putIfAbsent(text, text);
            return earlier != null ? earlier : text;
        }
        if (value instanceof String[] texts) {
            for (int i = 0; i < texts.length; i++) {
                texts[i] = (String) recurring(texts[i]);
            }
            return texts;
        }
        if (value instanceof List<?> items) {
            List<Object> shared = new ArrayList<>(items.size());
            for (Object item : items) {
                shared.add(item instanceof Map<?, ?> map ? recurringMap(map) : recurring(item));
            }
            return isReadOnly(items) ? List.copyOf(shared) : shared;
        }
        return value;
    }

    private Object recurringMap(Map<?, ?> map) {
        if (!isReadOnly(map) || map.size() > 4 || !map.values().stream().allMatch(String.class::isInstance)) {
            return map;
        }
        Map<Object, Object> strings = new HashMap<>();
        map.forEach((key, text) -> strings.put(key, recurring(text)));
        Map<Object, Object> copy = Map.copyOf(strings);
        Object earlier = recurring.putIfAbsent(copy, copy);
        return earlier != null ? earlier : copy;
    }

    /** Whether the codec made this a read-only collection ({@code Map.copyOf}, {@code List.copyOf}). */
    private static boolean isReadOnly(Object collection) {
        return collection.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    /** Opens the log the entries point into; a missing or different log loses the parses, nothing else. */
    void startBake() {
        seen.clear();
        recurring.clear();
        changed = false;
        if (logFile == null || log != null || entries.isEmpty()) {
            return;
        }
        try {
            log = logIdentity == null || !Files.isRegularFile(logFile) ? null : ParseLog.open(logFile, logIdentity);
        } catch (IOException e) {
            log = null;
        }
        if (log == null) {
            clear();
            changed = true;
        }
    }

    /** Forgets files not looked up in this bake (deleted or renamed). */
    void dropUnseen() {
        // The bake's documents are done with: a long-lived JVM (the preview, the daemon) need not hold their strings.
        recurring.clear();
        changed |= entries.keySet().retainAll(seen);
        if (decoded != null) {
            decoded.keySet().retainAll(seen);
        }
    }

    /** What a text read from the log found wrong with it, or {@code null}. */
    String damage() {
        return log == null ? null : log.damage();
    }

    /** The cached parse of {@code source}, or a miss carrying the bytes to parse. */
    BakeCache.Source lookup(String source, Path file) {
        seen.add(source);
        long readAt = System.currentTimeMillis();
        FileStamp stamp = FileStamp.of(file);
        Entry entry = entries.get(source);
        if (entry != null && stamp != null && stamp.equals(entry.stamp()) && entry.stamp().settledBefore(entry.readAtMillis())) {
            BakeCache.Source hit = decode(source, file, entry);
            if (hit != null) {
                return hit;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // The parser reports unreadable files, naming them; nothing to cache.
            return new BakeCache.Source(this, source, null, null, null, null, null, stamp, readAt);
        }
        Digest content = Digest.of(bytes);
        if (entry != null && content.equals(entry.content())) {
            Entry refreshed = entry.restamped(stamp, readAt);
            entries.put(source, refreshed);
            changed = true;
            BakeCache.Source hit = decode(source, file, refreshed);
            if (hit != null) {
                return hit;
            }
        }
        return new BakeCache.Source(this, source, bytes, null, null, null, content, stamp, readAt);
    }

    /**
     * Remembers a fresh parse; one holding values the codec cannot write is not remembered. On disk, the
     * model's {@link StoredText}s move from the heap to the log. Its recurring values are replaced, in the
     * model itself, by the equal ones other parses of this bake hold ({@link #recurring}).
     */
    void store(String source, FileStamp stamp, long readAt, Digest content, Map<String, Object> model, Digest parseDigest,
               List<String> warnings) {
        if (stamp == null || parseDigest == null || !ValueCodec.canWrite(model)) {
            entries.remove(source);
            changed = true;
            return;
        }
        changed = true;
        if (!isReadOnly(model)) {
            // In the caller's model too: the document made from it then holds the shared values.
            model.replaceAll((key, value) -> recurring(value));
        }
        if (decoded != null) {
            entries.put(source, new Entry(stamp, readAt, content, -1, 0, 0));
            decoded.put(source, new Decoded(content, TrackedDocument.readOnlyParse(model), parseDigest, List.copyOf(warnings)));
            return;
        }
        ByteArrayOutputStream texts = new ByteArrayOutputStream(16384);
        List<StoredText> placed = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(record)) {
            out.writeLong(content.high());
            out.writeLong(content.low());
            out.writeLong(parseDigest.high());
            out.writeLong(parseDigest.low());
            ValueCodec.write(out, model, text -> {
                int place = texts.size();
                texts.write(text.utf8());
                placed.add(text);
                places.add(place);
                return place;
            });
            ValueCodec.write(out, new ArrayList<>(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int textsLength = texts.size();
        texts.writeBytes(record.toByteArray());
        byte[] bytes = texts.toByteArray();
        ParseLog into = logForAppending();
        long at = into.append(bytes);
        for (int i = 0; i < placed.size(); i++) {
            placed.get(i).storedAt(into, at + places.get(i));
        }
        entries.put(source, new Entry(stamp, readAt, content, at, textsLength, bytes.length));
    }

    private synchronized ParseLog logForAppending() {
        if (log == null) {
            try {
                log = ParseLog.create(logFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the bake cache " + logFile, e);
            }
            logIdentity = log.identity();
        }
        return log;
    }

    /**
     * Before the index is written: when the log is mostly parses no entry points to any more (files edited
     * since), copies the live records to a new log, so the log stays about the size of the site's parses.
     * Call only when no text of this bake will be read again (the log's offsets change).
     */
    void compactLog() throws IOException {
        compactLog(8 << 20);
    }

    /** As {@link #compactLog()}, when the dead parses are more than the live ones plus {@code slack} bytes. */
    void compactLog(long slack) throws IOException {
        if (log == null) {
            return;
        }
        long live = 0;
        for (Entry entry : entries.values()) {
            live += entry.length();
        }
        if (log.size() <= 2 * live + slack) {
            return;
        }
        Path fresh = logFile.resolveSibling(logFile.getFileName() + ".compacting");
        // The entries point into the new log only once it has replaced the old one: a failure on the way
        // leaves them, and the old log, as they were.
        Map<String, Entry> moved = new HashMap<>();
        Digest identity;
        try (ParseLog target = ParseLog.create(fresh)) {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry entry = e.getValue();
                long at = log.copyTo(target, entry.offset(), entry.length());
                moved.put(e.getKey(), new Entry(entry.stamp(), entry.readAtMillis(), entry.content(), at,
                        entry.textsLength(), entry.length()));
            }
            identity = target.identity();
        }
        closeLog();
        Files.move(fresh, logFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        entries.putAll(moved);
        logIdentity = identity;
        changed = true;
    }

    /** Ends a bake's use of the log (texts of its documents can no longer be read). */
    void closeLog() {
        if (log != null) {
            log.close();
            log = null;
        }
    }

    private BakeCache.Source decode(String source, Path file, Entry entry) {
        if (decoded != null) {
            Decoded kept = decoded.get(source);
            if (kept == null || !kept.content().equals(entry.content())) {
                return null;
            }
            return new BakeCache.Source(this, source, null, kept.model(), kept.parseDigest(),
                    kept.warnings(), entry.content(), entry.stamp(), entry.readAtMillis());
        }
        try {
            ParseLog from = log;
            if (from == null) {
                throw new IOException("no log");
            }
            byte[] bytes = from.read(entry.offset() + entry.textsLength(), entry.length() - entry.textsLength());
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readLong() != entry.content().high() || in.readLong() != entry.content().low()) {
                throw new IOException("another file's parse");
            }
            Digest parseDigest = new Digest(in.readLong(), in.readLong());
            Map<String, Object> model = new LinkedHashMap<>();
            ValueCodec.readMap(in, model, (place, length, digest) -> {
                if (place < 0 || length < 0 || (long) place + length > entry.textsLength()) {
                    throw new IOException("a stored text outside its record");
                }
                return StoredText.inLog(from, entry.offset() + place, length, digest);
            });
            model.replaceAll((key, value) -> recurring(value));
            @SuppressWarnings("unchecked")
            List<String> warnings = (List<String>) ValueCodec.read(in);
            return new BakeCache.Source(this, source, null, model, parseDigest, warnings, entry.content(), entry.stamp(),
                    entry.readAtMillis());
        } catch (IOException | ClassCastException e) {
            entries.remove(source);
            changed = true;
            return null;
        }
    }
}
