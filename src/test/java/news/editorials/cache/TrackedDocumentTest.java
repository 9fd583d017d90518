package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TrackedDocumentTest {

    /** A parse as the crawler gets one: mutable maps and lists, a topic list of maps among them. */
    private static Map<String, Object> parse(String title) {
        Map<String, Object> topic = new HashMap<>(Map.of("name", "Trade", "url", "topics/trade/"));
        Map<String, Object> parse = new LinkedHashMap<>();
        parse.put("title", title);
        parse.put("type", "editorial");
        parse.put("topics", new ArrayList<>(List.of(topic)));
        parse.put("summary", "On tariffs.");
        parse.put("body", StoredText.of("<p>" + "word ".repeat(200) + "</p>"));
        return parse;
    }

    private static TrackedDocument document(Map<String, Object> parse) {
        return TrackedDocument.of(parse, Fingerprint.digestOf(parse));
    }

    private static Digest fingerprint(Map<String, Object> document) {
        return new Fingerprint().of("editorials/a/index.html", "editorial.ftl", Map.of("content", document));
    }

    @Test
    void holdsTheParsesEntriesInTheParsesOrder() {
        Map<String, Object> parse = parse("A");
        TrackedDocument document = document(parse);
        assertEquals(parse, document);
        assertEquals(parse.hashCode(), document.hashCode());
        assertEquals(List.copyOf(parse.keySet()), List.copyOf(document.keySet()));
        List<String> forEachOrder = new ArrayList<>();
        document.forEach((key, value) -> forEachOrder.add(key));
        assertEquals(List.copyOf(parse.keySet()), forEachOrder);
    }

    @Test
    void anIterationKeepsTheEntriesItBeganWith() {
        TrackedDocument document = TrackedDocument.of(new LinkedHashMap<>(Map.of("a", 1)), null);
        document.put("b", 2);
        document.put("c", 3);
        var entries = document.entrySet().iterator();
        assertEquals(Map.entry("a", 1), entries.next());
        document.remove("a");
        document.put("d", 4);
        assertEquals(Map.entry("b", 2), entries.next());
        assertEquals(Map.entry("c", 3), entries.next());
        assertFalse(entries.hasNext());
        assertEquals(List.of("b", "c", "d"), List.copyOf(document.keySet()));
        assertThrows(NullPointerException.class, () -> document.put(null, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void emptyListsAreOneSharedReadOnlyList() {
        Map<String, Object> parse = new LinkedHashMap<>();
        parse.put("corrections", new ArrayList<>());
        TrackedDocument one = document(parse);
        TrackedDocument two = document(parse);
        assertSame(one.get("corrections"), two.get("corrections"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) one.get("corrections")).add("x"));
    }

    @Test
    void documentsWithTheSameKeysShareThem() {
        // Keys decoded from the cache are new strings for every document: the documents hold one copy of each.
        Map<String, Object> first = new LinkedHashMap<>();
        Map<String, Object> second = new LinkedHashMap<>();
        first.put(new String("title"), "A");
        second.put(new String("title"), "B");
        TrackedDocument one = document(first);
        TrackedDocument two = document(second);
        assertSame(one.keySet().iterator().next(), two.keySet().iterator().next());
        assertEquals("B", two.getTitle());
    }

    @Test
    void behavesAsAMapThatKeepsTheOrderKeysWereFirstPut() {
        // Every way of reading and changing a map, at random, against LinkedHashMap (whose order is the same).
        Random random = new Random(11);
        List<String> keys = List.of("title", "url", "related", "previous", "next", "file", "body", "year");
        for (int round = 0; round < 200; round++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            TrackedDocument actual = TrackedDocument.of(new LinkedHashMap<>(), null);
            for (int step = 0; step < 40; step++) {
                String key = keys.get(random.nextInt(keys.size()));
                Object value = random.nextInt(4) == 0 ? null : "v" + random.nextInt(3);
                String what = switch (random.nextInt(12)) {
                    case 0, 1, 2 -> "put " + Objects.equals(expected.put(key, value), actual.put(key, value));
                    case 3 -> "remove " + Objects.equals(expected.remove(key), actual.remove(key));
                    case 4 -> "remove2 " + (expected.remove(key, value) == actual.remove(key, value));
                    case 5 -> "putIfAbsent " + Objects.equals(expected.putIfAbsent(key, value), actual.putIfAbsent(key, value));
                    case 6 -> "replace " + Objects.equals(expected.replace(key, value), actual.replace(key, value));
                    case 7 -> "replace3 " + (expected.replace(key, "v0", value) == actual.replace(key, "v0", value));
                    case 8 -> "compute " + Objects.equals(expected.compute(key, (k, v) -> v == null ? value : null),
                            actual.compute(key, (k, v) -> v == null ? value : null));
                    case 9 -> "computeIfAbsent " + Objects.equals(expected.computeIfAbsent(key, k -> value),
                            actual.computeIfAbsent(key, k -> value));
                    case 10 -> "computeIfPresent " + Objects.equals(expected.computeIfPresent(key, (k, v) -> value),
                            actual.computeIfPresent(key, (k, v) -> value));
                    default -> value == null ? "skipped merge" : "merge " + Objects.equals(
                            expected.merge(key, value, (a, b) -> a.equals(b) ? null : a + "" + b),
                            actual.merge(key, value, (a, b) -> a.equals(b) ? null : a + "" + b));
                };
                String at = "round " + round + ", step " + step + ": " + what + " " + key;
                assertFalse(what.endsWith("false"), at + " answered differently");
                assertEquals(expected, actual, at);
                assertEquals(actual, expected, at);
                assertEquals(expected.hashCode(), actual.hashCode(), at);
                assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()), at);
                List<Map.Entry<String, Object>> forEach = new ArrayList<>();
                actual.forEach((k, v) -> forEach.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
                assertEquals(List.copyOf(expected.entrySet()), forEach, at);
                assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), at);
                assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(actual.values()), at);
                assertEquals(expected.size(), actual.size(), at);
                for (String other : keys) {
                    assertEquals(expected.containsKey(other), actual.containsKey(other), at);
                    assertEquals(expected.getOrDefault(other, "none"), actual.getOrDefault(other, "none"), at);
                }
                assertEquals(expected.containsValue("v1"), actual.containsValue("v1"), at);
            }
            actual.replaceAll((k, v) -> v == null ? "was null" : v + "!");
            expected.replaceAll((k, v) -> v == null ? "was null" : v + "!");
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()), "replaceAll");
            TrackedDocument copy = actual.clone();
            actual.clear();
            assertTrue(actual.isEmpty());
            assertEquals(expected, copy, "a clone keeps its own entries");
        }
    }

    @Test
    void theSameParseAndTheSameChangesGiveTheSameFingerprint() {
        TrackedDocument one = document(parse("A"));
        TrackedDocument two = document(parse("A"));
        one.put("url", "editorials/a/");
        two.put("url", "editorials/a/");
        assertEquals(fingerprint(one), fingerprint(two));
    }

    @Test
    void anyChangeSinceTheParseChangesTheFingerprint() {
        TrackedDocument unchanged = document(parse("A"));
        Digest base = fingerprint(unchanged);
        assertNotEquals(base, fingerprint(document(parse("B"))), "another parse");

        TrackedDocument added = document(parse("A"));
        added.put("related", List.of(Map.of("title", "B")));
        assertNotEquals(base, fingerprint(added), "a key added");

        TrackedDocument replaced = document(parse("A"));
        replaced.put("title", "B");
        assertNotEquals(base, fingerprint(replaced), "a parsed value replaced");
        assertNotEquals(fingerprint(document(parse("B"))), fingerprint(replaced), "told apart from a parse of B");

        TrackedDocument removed = document(parse("A"));
        removed.remove("summary");
        assertNotEquals(base, fingerprint(removed), "a key removed");

        TrackedDocument computed = document(parse("A"));
        computed.computeIfAbsent("series_total", key -> 3);
        TrackedDocument merged = document(parse("A"));
        merged.merge("title", "!", (a, b) -> a + "" + b);
        TrackedDocument putAll = document(parse("A"));
        putAll.putAll(Map.of("title", "C"));
        for (TrackedDocument changed : List.of(computed, merged, putAll)) {
            assertNotEquals(base, fingerprint(changed));
        }
    }

    @Test
    void withoutAParseDigestItIsWalkedAsAnyMap() {
        TrackedDocument untracked = TrackedDocument.of(parse("A"), null);
        untracked.put("url", "editorials/a/");
        assertEquals(new Fingerprint().of(Map.of("content", new LinkedHashMap<>(untracked))),
                new Fingerprint().of(Map.of("content", untracked)));
    }

    @Test
    void everyWayOfChangingAParsedKeyIsSeenThoughTheSizeStaysTheSame() {
        Digest base = fingerprint(document(parse("A")));
        List<Consumer<TrackedDocument>> changes = List.of(
                d -> d.put("title", "B"),
                d -> d.putAll(Map.of("title", "B")),
                d -> d.replace("title", "B"),
                d -> d.replace("title", "A", "B"),
                d -> d.compute("title", (k, v) -> "B"),
                d -> d.computeIfPresent("title", (k, v) -> "B"),
                d -> d.merge("title", "B", (a, b) -> b),
                d -> d.replaceAll((k, v) -> "title".equals(k) ? "B" : v),
                d -> d.setTitle("B"),
                d -> {
                    d.remove("title");
                    d.putIfAbsent("title", "B");
                },
                d -> {
                    d.remove("title", "A");
                    d.computeIfAbsent("title", k -> "B");
                },
                d -> {
                    Map<String, Object> all = new HashMap<>(d);
                    d.clear();
                    all.put("title", "B");
                    all.forEach(d::put);
                });
        for (int i = 0; i < changes.size(); i++) {
            TrackedDocument document = document(parse("A"));
            changes.get(i).accept(document);
            assertEquals(5, document.size());
            assertEquals("B", document.getTitle(), "change " + i);
            assertNotEquals(base, fingerprint(document), "change " + i + " went unrecorded");
        }
    }

    @Test
    void overridesEveryMethodOfHashMapSinceItsTableIsNotUsed() {
        // The entries live in a shape and an array: a HashMap method left as it is would see an empty map.
        for (Method method : HashMap.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                assertDoesNotThrow(() -> TrackedDocument.class.getDeclaredMethod(method.getName(), method.getParameterTypes()),
                        "TrackedDocument must override " + method);
            }
        }
    }

    @Test
    void aCloneRecordsItsOwnChanges() {
        TrackedDocument original = document(parse("A"));
        original.put("url", "a/");
        TrackedDocument copy = original.clone();
        copy.put("related", List.of());
        original.put("series_total", 2);
        assertEquals(List.of("url", "related"), copy.changedSinceParse());
        assertEquals(List.of("url", "series_total"), original.changedSinceParse());
    }

    @Test
    void aParsesListsAndMapsCannotChangeUnseen() {
        TrackedDocument document = document(parse("A"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> topics = (List<Map<String, Object>>) document.get("topics");
        assertThrows(UnsupportedOperationException.class, () -> topics.add(Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> topics.get(0).put("name", "Energy"));
        assertThrows(UnsupportedOperationException.class, () -> document.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, () -> document.keySet().remove("title"));
        assertThrows(UnsupportedOperationException.class, () -> document.values().clear());

        Map<String, Object> inside = new HashMap<>(Map.of("name", "Trade"));
        Map<String, Object> parse = parse("A");
        parse.put("groups", List.of(inside));
        parse.put("tags", new HashSet<>(List.of("Trade")));
        TrackedDocument deeper = document(parse);
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = ((List<Map<String, Object>>) deeper.get("groups")).get(0);
        assertThrows(UnsupportedOperationException.class, () -> kept.put("name", "Energy"), "a map inside a List.of");
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) deeper.get("tags");
        assertThrows(UnsupportedOperationException.class, () -> tags.add("Energy"), "a set");
        assertEquals(parse, deeper, "copies, equal to what was parsed");
    }

    @Test
    void aParsesDatesAndArraysAreCopiedSinceTheyCannotBeReadOnly() {
        // The parse may be the bake cache's own (the preview's): it keeps its values whatever happens to the
        // document's.
        Map<String, Object> dated = parse("A");
        dated.put("date", new Date(1_000));
        dated.put("tags", new String[] {"Trade"});
        TrackedDocument document = document(dated);
        ((Date) document.get("date")).setTime(2_000);
        ((String[]) document.get("tags"))[0] = "Energy";
        assertEquals(new Date(1_000), dated.get("date"));
        assertEquals("Trade", ((String[]) dated.get("tags"))[0]);
    }

    @Test
    void aParseMadeReadOnlyOnceServesManyDocumentsThatCannotChangeIt() {
        // The preview's cache keeps each parse this way and hands it to every bake.
        Map<String, Object> original = parse("A");
        original.put("date", new Date(1_000));
        original.put("tags", new String[] {"Trade"});
        Map<String, Object> kept = TrackedDocument.readOnlyParse(original);
        assertEquals(original.keySet(), kept.keySet());
        assertThrows(UnsupportedOperationException.class, () -> kept.put("title", "B"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keptTopics = (List<Map<String, Object>>) kept.get("topics");
        assertThrows(UnsupportedOperationException.class, () -> keptTopics.get(0).put("name", "Energy"));

        TrackedDocument first = document(kept);
        TrackedDocument second = document(kept);
        first.put("title", "Changed");
        ((Date) first.get("date")).setTime(2_000);
        ((String[]) first.get("tags"))[0] = "Energy";
        assertEquals("A", kept.get("title"));
        assertEquals(new Date(1_000), kept.get("date"));
        assertEquals(new Date(1_000), second.get("date"));
        assertEquals("Trade", ((String[]) second.get("tags"))[0]);
        assertEquals(List.copyOf(document(original).keySet()), List.copyOf(second.keySet()), "iterates as one made from the parse");
        assertEquals(fingerprint(document(original)), fingerprint(second), "the same fingerprint as a fresh parse's");
    }

    @Test
    void recordsOnlyWhatChangedAfterTheParseInTheOrderItChanged() {
        TrackedDocument document = document(parse("A"));
        assertEquals(List.of(), document.changedSinceParse());
        document.put("url", "editorials/a/");
        document.put("title", "A");
        document.remove("summary");
        document.put("url", "editorials/b/");
        assertEquals(List.of("url", "title", "summary"), document.changedSinceParse(),
                "a key set to an equal value is recorded too: changes are recorded, not compared");
    }
}
