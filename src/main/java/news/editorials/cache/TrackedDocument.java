package news.editorials.cache;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>So that a parse's values cannot change unseen, the maps and lists among them are read-only: code that
 * tried to change one in place would fail loudly rather than leave a page stale. Every change goes through
 * the map itself ({@code put}, {@code remove} ...), which records the key; its views are read-only.
 * (Dates and arrays cannot be made read-only; the bake code never changes one in place.)
 */
public final class TrackedDocument extends DocumentModel {
    private static final long serialVersionUID = 1L;

    private final Digest parseDigest;
    /**
     * Keys set or removed since the parse, in the order first changed: a score or so, so a plain array (a
     * hash set per document would take about a kilobyte, 100 MB at 100,000 editorials).
     */
    private String[] changed = new String[0];
    private int changedCount;
    /** False while the parse's entries are put in. */
    private boolean tracking;

    private TrackedDocument(Digest parseDigest) {
        this.parseDigest = parseDigest;
    }

    /**
     * A document holding {@code parse}'s entries in its iteration order, their maps and lists made read-only
     * (where they are: pass a copy that nothing else holds).
     *
     * @param parseDigest the parse's fingerprint ({@link Fingerprint#digestOf}), or {@code null} if it has none:
     *                    then fingerprints walk the whole document, as any other map
     */
    public static TrackedDocument of(Map<String, Object> parse, Digest parseDigest) {
        TrackedDocument document = new TrackedDocument(parseDigest);
        parse.forEach((key, value) -> document.putWithoutTracking(key, readOnly(value)));
        document.tracking = true;
        return document;
    }

    private void putWithoutTracking(String key, Object value) {
        super.put(key, value);
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

    @Override
    public Object put(String key, Object value) {
        touch(key);
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> values) {
        values.forEach(this::put);
    }

    @Override
    public Object remove(Object key) {
        touch(key);
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        touch(key);
        return super.remove(key, value);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        touch(key);
        return super.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        touch(key);
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Object replace(String key, Object value) {
        touch(key);
        return super.replace(key, value);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        keySet().forEach(this::touch);
        super.replaceAll(function);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> mappingFunction) {
        touch(key);
        return super.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        touch(key);
        return super.computeIfPresent(key, remappingFunction);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> remappingFunction) {
        touch(key);
        return super.compute(key, remappingFunction);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        touch(key);
        return super.merge(key, value, remappingFunction);
    }

    @Override
    public void clear() {
        keySet().forEach(this::touch);
        super.clear();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(super.values());
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        // Through a read-only map's view, whose entries refuse setValue too.
        return Collections.unmodifiableMap(new AbstractMap<String, Object>() {
            @Override
            public Set<Map.Entry<String, Object>> entrySet() {
                return TrackedDocument.super.entrySet();
            }
        }).entrySet();
    }

    /**
     * {@code value} with its maps and lists, at any depth, read-only: changeable ones are wrapped where they
     * are (their contents first), immutable and already read-only ones are kept.
     */
    @SuppressWarnings("unchecked")
    static Object readOnly(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            String type = value.getClass().getName();
            if (type.startsWith("java.util.ImmutableCollections$") || type.startsWith("java.util.Collections$Unmodifiable")) {
                return value;
            }
            if (value instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).replaceAll((key, item) -> readOnly(item));
                return Collections.unmodifiableMap(map);
            }
            ((List<Object>) value).replaceAll(TrackedDocument::readOnly);
            return Collections.unmodifiableList((List<Object>) value);
        }
        return value;
    }
}
