package news.editorials.cache;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key recipe for a rendered page: a digest of everything its template is given (the data model: the
 * document, its neighbours, a listing's items, the configuration), walked the way FreeMarker sees it. Two
 * models with the same fingerprint render to the same bytes with the same templates, because a template can
 * only read what is in its model. The template set itself, {@code jbake.properties}, the code and everything
 * else a bake reads belong to the bake-wide key ({@link BuildInputs}), not here.
 *
 * <p>Maps and lists are walked in iteration order (the order a template's {@code #list} sees), leaves are
 * recorded with their type. A model holding anything else (an object whose methods a template could call)
 * has no fingerprint: {@link #of} returns {@code null} and the page is always rendered.
 *
 * <p>One instance serves one bake and is safe to share between rendering threads. Once the models are frozen
 * ({@link #freeze}) it remembers the digest of every map and list of some size, so a document listed on a
 * dozen pages, long texts and all, is walked once. (Bodies and search texts are {@link StoredText}s, which
 * carry their digest.) A document made from a parse ({@link TrackedDocument}) is walked as its parse's digest
 * and the entries changed since: a parse's digest stands for its entries as walking them would.
 */
public final class Fingerprint {
    /** Strings at least this long are stood for by their digest. */
    private static final int LONG_STRING = 512;
    private static final int MAX_DEPTH = 32;
    /**
     * Maps and lists smaller than this are walked wherever they appear, even when frozen: a lookup in the
     * shared table costs more than walking a handful of short values (a topic's name and URL, an empty list).
     */
    private static final int REMEMBERED_SIZE = 8;
    /** Stands for a key a tracked document no longer has. */
    private static final Object REMOVED = new Object();

    /**
     * After {@link #freeze()}: the digest of every map and list walked, by identity. Sized for a large archive
     * from the start: growing it under contention from every rendering thread was a tenth of a bake's
     * fingerprinting.
     */
    private final Map<IdentityKey, Digest> frozenValues = new ConcurrentHashMap<>(1 << 16);
    private volatile boolean frozen;

    /**
     * Declares the models read-only for the rest of the bake (call once the content is crawled and indexed:
     * from then on nothing changes a document, its lists or its neighbours). Every map and list is then walked
     * once and stood for by its digest, so a document listed on a dozen pages, with its topics and related
     * editorials, costs one walk instead of a dozen. Maps and lists made for one page are walked as before.
     */
    public void freeze() {
        frozen = true;
    }

    /**
     * @param parts the page's identity (output path, template name) and its data model, in a fixed order
     * @return the fingerprint, or {@code null} when the model holds something that cannot be fingerprinted
     */
    public Digest of(Object... parts) {
        Sinks sinks = SINKS.get();
        Sink sink = sinks.take();
        try {
            for (Object part : parts) {
                if (!walk(part, sink, 0)) {
                    return null;
                }
            }
            return Digest.of(sink.bytes, 0, sink.size);
        } finally {
            sinks.giveBack();
        }
    }

    private boolean walk(Object value, Sink sink, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value instanceof String) {
            // Most values are: straight to the point, before the interface checks below.
            return walkValue(value, sink, depth);
        }
        if (frozen && (value instanceof Map<?, ?> map && map.size() >= REMEMBERED_SIZE
                || value instanceof Collection<?> items && items.size() >= REMEMBERED_SIZE)) {
            IdentityKey key = new IdentityKey(value);
            Digest digest = frozenValues.get(key);
            if (digest == null) {
                // This thread's buffers, through the sink rather than the ThreadLocal: with the many thread
                // locals of a bake's libraries, looking it up for each of ten thousand documents took a fifth
                // of fingerprinting in a preview save.
                Sinks sinks = sink.owner;
                Sink part = sinks.take();
                try {
                    if (!walkValue(value, part, depth)) {
                        return false;
                    }
                    digest = Digest.of(part.bytes, 0, part.size);
                } finally {
                    sinks.giveBack();
                }
                frozenValues.put(key, digest);
            }
            sink.tag('F');
            sink.writeLong(digest.high());
            sink.writeLong(digest.low());
            return true;
        }
        return walkValue(value, sink, depth);
    }

    /** A parse's fingerprint, to stand for it in the documents made from it ({@link TrackedDocument}), or {@code null}. */
    public static Digest digestOf(Map<String, Object> parse) {
        return new Fingerprint().of(parse);
    }

    private boolean walkValue(Object value, Sink sink, int depth) {
        if (value instanceof TrackedDocument document && document.parseDigest() != null) {
            // The parse by its digest, then how many keys changed since and each one in the order it changed
            // (the same code makes the same changes in the same order), a key removed marked as such.
            sink.tag('P');
            sink.writeLong(document.parseDigest().high());
            sink.writeLong(document.parseDigest().low());
            List<String> changed = document.changedSinceParse();
            sink.writeCount(changed.size());
            for (String key : changed) {
                if (!walk(key, sink, depth + 1)) {
                    return false;
                }
                // One lookup, not containsKey and get: ten thousand documents' tables are cold in memory.
                Object current = document.getOrDefault(key, REMOVED);
                if (current == REMOVED) {
                    sink.tag('R');
                } else if (!walk(current, sink, depth + 1)) {
                    return false;
                }
            }
        } else if (value == null) {
            sink.tag('0');
        } else if (value instanceof String text) {
            if (text.length() >= LONG_STRING) {
                sink.tag('H');
                Digest digest = Digest.of(text);
                sink.writeLong(digest.high());
                sink.writeLong(digest.low());
            } else {
                sink.tag('S');
                sink.writeString(text);
            }
        } else if (value instanceof StoredText text) {
            // The same digest a String of this text would give: where a text lives does not change a page.
            sink.tag('H');
            sink.writeLong(text.digest().high());
            sink.writeLong(text.digest().low());
        } else if (value instanceof Boolean flag) {
            // Tags of their own, in lower case: an Integer and a Long still differ (they format differently).
            sink.tag(flag ? 't' : 'f');
        } else if (value instanceof Integer number) {
            sink.tag('i');
            sink.writeLong(number);
        } else if (value instanceof Long number) {
            sink.tag('l');
            sink.writeLong(number);
        } else if (value instanceof Number || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            // Immutable values that print themselves fully; the type is recorded too, since templates can
            // tell an Integer from a Long (number formatting) or a LocalDate from a String.
            sink.tag('V');
            sink.writeString(value.getClass().getName());
            sink.writeString(value.toString());
        } else if (value instanceof Date date) {
            sink.tag('D');
            sink.writeString(value.getClass().getName());
            sink.writeLong(date.getTime());
        } else if (value instanceof Map<?, ?> map) {
            sink.tag('M');
            sink.writeCount(map.size());
            for (Map.Entry<?, ?> entry : inStableOrder(map)) {
                if (!walk(entry.getKey(), sink, depth + 1) || !walk(entry.getValue(), sink, depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof Collection<?> items) {
            sink.tag('L');
            sink.writeCount(items.size());
            for (Object item : items) {
                if (!walk(item, sink, depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof Object[] array) {
            sink.tag('A');
            sink.writeCount(array.length);
            for (Object item : array) {
                if (!walk(item, sink, depth + 1)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }


    /**
     * A map's entries in the order a template would list them; except for {@code Map.of} maps, whose order
     * changes from one JVM to the next (so no template can rely on it): those are taken in key order, so
     * that the same values give the same fingerprint in every bake.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> map) {
        if (!map.getClass().getName().startsWith("java.util.ImmutableCollections$")
                || !map.keySet().stream().allMatch(String.class::isInstance)) {
            return map.entrySet();
        }
        java.util.List<Map.Entry<?, ?>> entries = new java.util.ArrayList<>(map.entrySet());
        entries.sort(java.util.Comparator.comparing(entry -> (String) entry.getKey()));
        return entries;
    }

    /** An object compared by identity: a frozen map's or list's digest holds as long as that very object lives. */
    private record IdentityKey(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /**
     * Each thread's buffers, one per walk in progress (a walk of a frozen map runs inside a page's): growing a
     * fresh buffer for each of the tens of thousands of walks of a bake was most of what fingerprinting allocated.
     */
    private static final ThreadLocal<Sinks> SINKS = ThreadLocal.withInitial(Sinks::new);

    private static final class Sinks {
        private Sink[] sinks = new Sink[4];
        private int inUse;

        Sink take() {
            if (inUse == sinks.length) {
                sinks = Arrays.copyOf(sinks, 2 * inUse);
            }
            if (sinks[inUse] == null) {
                sinks[inUse] = new Sink(this);
            }
            Sink sink = sinks[inUse++];
            sink.size = 0;
            return sink;
        }

        void giveBack() {
            inUse--;
        }
    }

    /** A growable byte buffer; every variable-length item is length-prefixed, so no two walks run together. */
    private static final class Sink {
        final Sinks owner;
        byte[] bytes = new byte[1024];
        int size;
        private char[] chars = new char[64];

        Sink(Sinks owner) {
            this.owner = owner;
        }

        void tag(char tag) {
            ensure(1);
            bytes[size++] = (byte) tag;
        }

        void writeLong(long value) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
        }

        /**
         * The length in chars ({@link #writeCount}), then each char: one byte below 0x80, else 0x80 and its two
         * bytes (so the encoding is unambiguous). Written char by char: a string's bytes as a new array for each
         * of the millions of strings a bake fingerprints was most of what fingerprinting allocated.
         */
        void writeString(String text) {
            int length = text.length();
            writeCount(length);
            ensure(3 * length);
            // Copied out in one go: charAt on every char, bounds-checked under C1, was a tenth of fingerprinting.
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            text.getChars(0, length, chars, 0);
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else {
                    bytes[size++] = (byte) 0x80;
                    bytes[size++] = (byte) (c >>> 8);
                    bytes[size++] = (byte) c;
                }
            }
        }

        /** A length or a size, seven bits a byte (most take one byte, not a long's eight). */
        void writeCount(int count) {
            ensure(5);
            int rest = count;
            while ((rest & ~0x7F) != 0) {
                bytes[size++] = (byte) (0x80 | (rest & 0x7F));
                rest >>>= 7;
            }
            bytes[size++] = (byte) rest;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
