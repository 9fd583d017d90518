package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final Fingerprint fingerprint = new Fingerprint();

    private static Map<String, Object> page(Object... values) {
        Map<String, Object> page = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            page.put((String) values[i], values[i + 1]);
        }
        return page;
    }

    @Test
    void sameModelSameFingerprintAnyChangeAnother() {
        String body = "<p>" + "word ".repeat(400) + "</p>";
        Digest base = fingerprint.of("a/index.html", "editorial.ftl", page("title", "A", "body", body, "number", 1));
        assertEquals(base, fingerprint.of("a/index.html", "editorial.ftl", page("title", "A", "body", new String(body), "number", 1)));
        assertNotEquals(base, fingerprint.of("a/index.html", "editorial.ftl", page("title", "B", "body", body, "number", 1)));
        assertNotEquals(base, fingerprint.of("a/index.html", "editorial.ftl", page("title", "A", "body", body + " ", "number", 1)));
        assertNotEquals(base, fingerprint.of("a/index.html", "editorial.ftl", page("title", "A", "body", body, "number", 1L)),
                "an Integer and a Long format differently");
        assertNotEquals(base, fingerprint.of("b/index.html", "editorial.ftl", page("title", "A", "body", body, "number", 1)));
        assertNotEquals(base, fingerprint.of("a/index.html", "page.ftl", page("title", "A", "body", body, "number", 1)));
    }

    @Test
    void listingOrderCountsButMapOfOrderDoesNot() {
        Map<String, Object> a = page("x", "1");
        Map<String, Object> b = page("x", "2");
        assertNotEquals(fingerprint.of(page("items", List.of(a, b))), fingerprint.of(page("items", List.of(b, a))));
        assertNotEquals(fingerprint.of(page("k", "v", "l", "w")), fingerprint.of(page("l", "w", "k", "v")),
                "a template lists an ordinary map in its order");
        assertEquals(fingerprint.of(Map.of("k", "v", "l", "w")), fingerprint.of(Map.copyOf(page("l", "w", "k", "v"))),
                "Map.of has no stable order, so none is fingerprinted");
    }

    @Test
    void nothingRunsTogether() {
        assertNotEquals(fingerprint.of(List.of("ab", "c")), fingerprint.of(List.of("a", "bc")));
        assertNotEquals(fingerprint.of(page("a", new ArrayList<>())), fingerprint.of(page("a", null)));
    }

    @Test
    void aDocumentChangedAfterItsFirstUseIsSeenChanged() {
        Map<String, Object> document = page("title", "A", "a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6",
                "topics", new ArrayList<>(List.of("Trade")));
        Digest first = fingerprint.of(page("items", List.of(document)));
        assertEquals(first, fingerprint.of(page("items", List.of(document))));
        document.put("title", "B");
        Digest retitled = fingerprint.of(page("items", List.of(document)));
        assertNotEquals(first, retitled);
        @SuppressWarnings("unchecked")
        List<String> topics = (List<String>) document.get("topics");
        topics.add("Energy");
        assertNotEquals(retitled, fingerprint.of(page("items", List.of(document))), "lists inside are walked every time");
        document.remove("a");
        document.put("a", "1");
        assertNotEquals(fingerprint.of(page("items", List.of(page("title", "B", "a", "1")))),
                fingerprint.of(page("items", List.of(document))));
    }

    @Test
    void modelsHoldingArbitraryObjectsHaveNoFingerprint() {
        assertNull(fingerprint.of(page("helper", new Object())));
        assertNull(fingerprint.of(page("items", List.of(page("nested", new StringBuilder()))), "extra"));
    }

    @Test
    void frozenModelsGiveTheSameFingerprintsBakeAfterBakeAndDifferentOnesWhenTheyDiffer() {
        Map<String, Object> document = page("title", "A", "a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6",
                "topics", new ArrayList<>(List.of("Trade")));
        Fingerprint lastBake = new Fingerprint();
        lastBake.freeze();
        Fingerprint thisBake = new Fingerprint();
        thisBake.freeze();
        Map<String, Object> sameDocument = new LinkedHashMap<>(document);
        sameDocument.put("topics", new ArrayList<>(List.of("Trade")));
        assertEquals(lastBake.of(page("items", List.of(document))), thisBake.of(page("items", List.of(sameDocument))),
                "equal models, other objects");
        Map<String, Object> retopiced = new LinkedHashMap<>(document);
        retopiced.put("topics", new ArrayList<>(List.of("Trade", "Energy")));
        assertNotEquals(lastBake.of(page("items", List.of(document))), new Fingerprint().of(page("items", List.of(retopiced))));
        Fingerprint another = new Fingerprint();
        another.freeze();
        assertNotEquals(lastBake.of(page("items", List.of(document))), another.of(page("items", List.of(retopiced))));
    }

    @Test
    void afterFreezingAListIsWalkedOnceAndRememberedForTheRestOfTheBake() {
        List<String> topics = new ArrayList<>(List.of("Trade", "Energy", "Health", "Housing", "Transport", "Schools",
                "Courts", "Farming"));
        fingerprint.freeze();
        Digest first = fingerprint.of(page("topics", topics));
        topics.add("Defence");
        assertEquals(first, fingerprint.of(page("topics", topics)), "frozen: the bake promises no change");
        assertNotEquals(first, fingerprint.of(page("topics", new ArrayList<>(topics))), "another list is walked");
    }

    @Test
    void aSmallListIsWalkedWhereverItAppearsEvenWhenFrozen() {
        List<String> topics = new ArrayList<>(List.of("Trade"));
        fingerprint.freeze();
        Digest first = fingerprint.of(page("topics", topics));
        topics.add("Energy");
        assertNotEquals(first, fingerprint.of(page("topics", topics)), "too small to be worth remembering");
    }

    @Test
    void aTrackedDocumentsChangesAreCountedSoNoTwoModelsRunTogether() {
        Map<String, Object> parse = page("title", "A", "summary", "S", "c", "2", "d", "3", "e", "4");
        Digest digest = Fingerprint.digestOf(parse);
        TrackedDocument x1 = TrackedDocument.of(parse, digest);
        x1.put("url", "u");
        TrackedDocument z = TrackedDocument.of(parse, digest);
        z.put("summary", "w");
        TrackedDocument x2 = TrackedDocument.of(parse, digest);
        x2.put("url", "u");
        x2.put("title", TrackedDocument.of(parse, digest));
        // {a: X(url), title: Z(summary)} and {a: X(url, title: Z unchanged), summary}: with the documents'
        // sizes in place of the number of changes, both walked to the same bytes.
        assertNotEquals(new Fingerprint().of(page("a", x1, "title", z)), new Fingerprint().of(page("a", x2, "summary", "w")));
    }
}
