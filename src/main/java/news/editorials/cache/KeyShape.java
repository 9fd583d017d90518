package news.editorials.cache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of a {@link TrackedDocument}, in the order they were first put, and where each one's value is in the
 * document's array of values. Documents with the same keys in the same order share one shape (all editorials of
 * a site, give or take a series or an author), so a document costs an array of values, not a hash map's entry
 * objects: about 1.5 KB less an editorial, 150 MB at 100,000.
 *
 * <p>Every shape is reached from {@link #EMPTY} by adding keys one at a time, and each step is remembered, so
 * equal key sequences give the very same shape. The shapes of a JVM are as many as the key sequences its code
 * makes; documents hold the keys the bake sets and the front matter keys it knows, nothing an editor names.
 */
final class KeyShape {
    static final KeyShape EMPTY = new KeyShape(new String[0]);

    private final String[] keys;
    private final Map<String, Integer> places;
    private final Map<String, KeyShape> withKey = new ConcurrentHashMap<>();

    private KeyShape(String[] keys) {
        this.keys = keys;
        this.places = new HashMap<>(Math.max(4, keys.length * 2));
        for (int place = 0; place < keys.length; place++) {
            places.put(keys[place], place);
        }
    }

    int size() {
        return keys.length;
    }

    String key(int place) {
        return keys[place];
    }

    /** Where {@code key}'s value is, or -1 if this shape does not have the key. */
    int placeOf(Object key) {
        Integer place = places.get(key);
        return place == null ? -1 : place;
    }

    /** This shape with {@code key} added last; {@code key} must not be one of its keys. */
    KeyShape with(String key) {
        KeyShape next = withKey.get(key);
        return next != null ? next : withKey.computeIfAbsent(key, added -> {
            String[] grown = Arrays.copyOf(keys, keys.length + 1);
            grown[keys.length] = added;
            return new KeyShape(grown);
        });
    }

    /** This shape without the key at {@code place}, the others in the same order. */
    KeyShape without(int place) {
        KeyShape shape = EMPTY;
        for (int i = 0; i < keys.length; i++) {
            if (i != place) {
                shape = shape.with(keys[i]);
            }
        }
        return shape;
    }
}
