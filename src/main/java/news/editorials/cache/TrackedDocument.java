package news.editorials.cache;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jbake.model.DocumentModel;

/**
 * A document model made from a parse whose digest is known (see {@link BakeCache.Source#parseDigest}), which
 * records every key set or removed after that. A page fingerprint then stands for the parse's entries by
 * their digest and walks only what changed since (URLs, the author's page, related editorials,
 * neighbours): most of a document is its parse, and walking all of it for every page of every bake was the
 * largest part of an incremental bake's work.
 *
 * <p>So that a parse's values cannot change unseen, the maps and collections among them are read-only copies:
 * code that tried to change one in place would fail loudly rather than leave a page stale. Every change goes
 * through the map itself ({@code put}, {@code remove} ...), which records the key; its views are read-only.
 * Dates and arrays cannot be made read-only: they are copied, so nothing changed in one reaches the parse
 * it came from, except those nested in a parse's collections when the parse was made read-only once for
 * many bakes ({@link #readOnlyParse}, the preview's cache): those are shared. The bake code changes
 * neither in place.
 */
public final class TrackedDocument extends DocumentModel {
    private static final long serialVersionUID = 1L;
    private static final Object[] NO_VALUES = new Object[0];
    /** Room for a few more values: the bake adds a handful of keys to every parse (URLs, neighbours, related). */
    private static final int SPARE_SLOTS = 8;

    private final Digest parseDigest;
    /**
     * Keys set or removed since the parse, in the order first changed: a score or so, so a plain array (a
     * hash set per document would take about a kilobyte, 100 MB at 100,000 editorials).
     */
    private String[] changed = new String[0];
    private int changedCount;
    /** False while the parse's entries are put in. */
    private boolean tracking;
    /** The keys, in the order first put; the values are in the same places of {@link #values}. */
    private KeyShape shape = KeyShape.EMPTY;
    private Object[] values = NO_VALUES;

    private TrackedDocument(Digest parseDigest) {
        this.parseDigest = parseDigest;
    }

    /**
     * A document holding {@code parse}'s entries in its iteration order, with read-only copies of the maps,
     * lists and other collections among them, at any depth (see {@link #readOnly}): {@code parse} itself
     * may be the bake cache's own.
     *
     * @param parseDigest the parse's fingerprint ({@link Fingerprint#digestOf}), or {@code null} if it has none:
     *                    then fingerprints walk the whole document, as any other map
     */
    public static TrackedDocument of(Map<String, Object> parse, Digest parseDigest) {
        TrackedDocument document = new TrackedDocument(parseDigest);
        // Room for the parse and the keys the bake adds, in one array.
        document.values = new Object[parse.size() + SPARE_SLOTS];
        if (parse instanceof ReadOnlyParse readOnly) {
            // Made read-only once, for every bake that uses it: only its top-level dates and arrays are copied.
            readOnly.entries.forEach((key, value) ->
                    document.put(key, value instanceof Date || value instanceof Object[] ? readOnly(value) : value));
        } else {
            parse.forEach((key, value) -> document.put(key, readOnly(value)));
        }
        document.tracking = true;
        return document;
    }

    /**
     * A read-only copy of {@code parse} (its values as {@link #readOnly} makes them, itself unmodifiable), for
     * a cache that hands the same parse to bake after bake (the live preview's): documents made from it then
     * share its values instead of copying them each time. Only dates and arrays nested in its collections are
     * shared as they are; nothing in the bake changes one in place.
     */
    static Map<String, Object> readOnlyParse(Map<String, Object> parse) {
        Map<String, Object> entries = new LinkedHashMap<>();
        parse.forEach((key, value) -> entries.put(key, readOnly(value)));
        return new ReadOnlyParse(Collections.unmodifiableMap(entries));
    }

    private static final class ReadOnlyParse extends AbstractMap<String, Object> {
        private final Map<String, Object> entries;

        ReadOnlyParse(Map<String, Object> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** Serialized as a plain map of its entries: HashMap's own form would write its (empty) table. */
    private Object writeReplace() {
        return new LinkedHashMap<>(this);
    }

    /** A copy that records its own changes from here on, as this one does. */
    @Override
    public TrackedDocument clone() {
        // Not HashMap's clone, which would copy the entries into its own (unused) table.
        TrackedDocument copy = new TrackedDocument(parseDigest);
        copy.shape = shape;
        copy.values = values.clone();
        copy.changed = changed.clone();
        copy.changedCount = changedCount;
        copy.tracking = tracking;
        return copy;
    }

    /** The digest of the parse this document was made from, or {@code null}. */
    Digest parseDigest() {
        return parseDigest;
    }

    /** The keys set or removed since the parse, in the order first changed. */
    List<String> changedSinceParse() {
        return Arrays.asList(changed).subList(0, changedCount);
    }

    private void touch(Object key) {
        if (!tracking || !(key instanceof String name)) {
            return;
        }
        for (int i = 0; i < changedCount; i++) {
            if (changed[i].equals(name)) {
                return;
            }
        }
        if (changedCount == changed.length) {
            changed = Arrays.copyOf(changed, Math.max(8, 2 * changedCount));
        }
        changed[changedCount++] = name;
    }

    // The entries: the keys and their order in a shape shared with documents alike, the values here. Every
    // method of HashMap that reads or changes entries is overridden; HashMap's own table stays empty.

    @Override
    public int size() {
        return shape.size();
    }

    @Override
    public boolean isEmpty() {
        return shape.size() == 0;
    }

    @Override
    public Object get(Object key) {
        int place = shape.placeOf(key);
        return place < 0 ? null : values[place];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int place = shape.placeOf(key);
        return place < 0 ? defaultValue : values[place];
    }

    @Override
    public boolean containsKey(Object key) {
        return shape.placeOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int place = 0; place < shape.size(); place++) {
            if (Objects.equals(values[place], value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        KeyShape keys = shape;
        Object[] held = values;
        for (int place = 0; place < keys.size(); place++) {
            action.accept(keys.key(place), held[place]);
        }
    }

    @Override
    public Object put(String key, Object value) {
        Objects.requireNonNull(key, "a document's keys are names, never null");
        touch(key);
        int place = shape.placeOf(key);
        if (place >= 0) {
            Object previous = values[place];
            values[place] = value;
            return previous;
        }
        place = shape.size();
        if (place == values.length) {
            values = Arrays.copyOf(values, place + SPARE_SLOTS);
        }
        shape = shape.with(key);
        values[place] = value;
        return null;
    }

    @Override
    public void putAll(Map<? extends String, ?> entries) {
        entries.forEach(this::put);
    }

    @Override
    public Object remove(Object key) {
        touch(key);
        int place = shape.placeOf(key);
        if (place < 0) {
            return null;
        }
        Object previous = values[place];
        // A new array, not a shift of this one: an iteration under way keeps the entries it began with.
        Object[] rest = new Object[values.length];
        System.arraycopy(values, 0, rest, 0, place);
        System.arraycopy(values, place + 1, rest, place, shape.size() - place - 1);
        values = rest;
        shape = shape.without(place);
        return previous;
    }

    @Override
    public boolean remove(Object key, Object value) {
        touch(key);
        if (containsKey(key) && Objects.equals(get(key), value)) {
            remove(key);
            return true;
        }
        return false;
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        Object current = get(key);
        return current == null ? put(key, value) : current;
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        touch(key);
        if (containsKey(key) && Objects.equals(get(key), oldValue)) {
            put(key, newValue);
            return true;
        }
        return false;
    }

    @Override
    public Object replace(String key, Object value) {
        touch(key);
        return containsKey(key) ? put(key, value) : null;
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        for (int place = 0; place < shape.size(); place++) {
            touch(shape.key(place));
            values[place] = function.apply(shape.key(place), values[place]);
        }
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> mappingFunction) {
        touch(key);
        Object current = get(key);
        if (current != null) {
            return current;
        }
        Object computed = mappingFunction.apply(key);
        if (computed != null) {
            put(key, computed);
        }
        return computed;
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        touch(key);
        Object current = get(key);
        if (current == null) {
            return null;
        }
        Object computed = remappingFunction.apply(key, current);
        if (computed == null) {
            remove(key);
        } else {
            put(key, computed);
        }
        return computed;
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        touch(key);
        Object computed = remappingFunction.apply(key, get(key));
        if (computed == null) {
            remove(key);
        } else {
            put(key, computed);
        }
        return computed;
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        Objects.requireNonNull(value);
        touch(key);
        Object current = get(key);
        Object merged = current == null ? value : remappingFunction.apply(current, value);
        if (merged == null) {
            remove(key);
        } else {
            put(key, merged);
        }
        return merged;
    }

    @Override
    public void clear() {
        for (int place = 0; place < shape.size(); place++) {
            touch(shape.key(place));
        }
        shape = KeyShape.EMPTY;
        values = NO_VALUES;
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Places<>(shape, values) {
                    @Override
                    String at(KeyShape keys, Object[] held, int place) {
                        return keys.key(place);
                    }
                };
            }

            @Override
            public int size() {
                return shape.size();
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }
        });
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(new AbstractCollection<>() {
            @Override
            public Iterator<Object> iterator() {
                return new Places<>(shape, values) {
                    @Override
                    Object at(KeyShape keys, Object[] held, int place) {
                        return held[place];
                    }
                };
            }

            @Override
            public int size() {
                return shape.size();
            }
        });
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        // Read-only entries: a change goes through the map, which records it.
        return Collections.unmodifiableSet(new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Places<>(shape, values) {
                    @Override
                    Map.Entry<String, Object> at(KeyShape keys, Object[] held, int place) {
                        return new AbstractMap.SimpleImmutableEntry<>(keys.key(place), held[place]);
                    }
                };
            }

            @Override
            public int size() {
                return shape.size();
            }
        });
    }

    /**
     * The entries in order: the keys the document had when the iteration began, with their values (a value
     * put since for one of those keys shows; keys added or removed since do not).
     */
    private abstract static class Places<T> implements Iterator<T> {
        private final KeyShape keys;
        private final Object[] held;
        private int next;

        Places(KeyShape keys, Object[] held) {
            this.keys = keys;
            this.held = held;
        }

        abstract T at(KeyShape keys, Object[] held, int place);

        @Override
        public boolean hasNext() {
            return next < keys.size();
        }

        @Override
        public T next() {
            if (next >= keys.size()) {
                throw new NoSuchElementException();
            }
            return at(keys, held, next++);
        }
    }

    /**
     * {@code value} with its maps and collections, at any depth, replaced by read-only copies (in the same
     * order), and its dates and arrays by copies (they cannot be made read-only); an immutable map or
     * collection ({@code List.of} ...) is kept unless something inside it was copied.
     */
    static Object readOnly(Object value) {
        if (value instanceof Date date) {
            return date.clone();
        }
        if (value instanceof Object[] array) {
            Object[] copy = array.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = readOnly(copy[i]);
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, readOnly(item)));
            if (immutable(map)) {
                return sameItems(copy.values(), map.values()) ? map : Map.copyOf(copy);
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> items && items.isEmpty()) {
            // Most editorials have no corrections and no images: one shared empty list, not two objects each.
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(readOnly(item)));
            if (immutable(items)) {
                return sameItems(copy, items) ? items : value instanceof Set<?> ? Set.copyOf(copy) : List.copyOf(copy);
            }
            if (value instanceof Set<?>) {
                return Collections.unmodifiableSet(new LinkedHashSet<>(copy));
            }
            return value instanceof List<?> ? Collections.unmodifiableList(copy) : Collections.unmodifiableCollection(copy);
        }
        return value;
    }

    private static boolean immutable(Object collection) {
        return collection.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    /** Whether the copy holds the very objects the original does, in the same order (nothing inside was copied). */
    private static boolean sameItems(Collection<?> copy, Collection<?> original) {
        Iterator<?> left = copy.iterator();
        Iterator<?> right = original.iterator();
        while (left.hasNext() && right.hasNext()) {
            if (left.next() != right.next()) {
                return false;
            }
        }
        return !left.hasNext() && !right.hasNext();
    }
}
