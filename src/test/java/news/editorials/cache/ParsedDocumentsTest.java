package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedDocumentsTest {
    private static final String BODY = "<p>" + "A long editorial body, caf\u00e9 and all. ".repeat(500) + "</p>";

    @TempDir
    Path dir;
    private Path file;
    private Path log;

    @BeforeEach
    void files() throws IOException {
        file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: A\n---\nBody\n");
        log = dir.resolve("cache/documents.log");
    }

    private static Map<String, Object> model(String body) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "A");
        model.put("body", StoredText.of(body));
        return model;
    }

    /** A parse stored by one instance, as the next bake's instance finds it (the index carried over). */
    private ParsedDocuments reopened(ParsedDocuments written) {
        written.closeLog();
        ParsedDocuments next = new ParsedDocuments(log);
        next.entries().putAll(written.entries());
        next.useLog(written.logIdentity());
        next.startBake();
        return next;
    }

    private static BakeCache.Source store(ParsedDocuments documents, Path file, Map<String, Object> model) {
        BakeCache.Source miss = documents.lookup("a.md", file);
        assertFalse(miss.cached());
        miss.store(model, List.of("a warning"));
        return miss;
    }

    @Test
    @SuppressWarnings("unchecked")
    void parsesShareTheirRecurringValuesFreshAndDecoded() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        Path other = dir.resolve("b.md");
        Files.writeString(other, "---\ntitle: B\n---\nBody\n");
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (Path markdown : List.of(file, other)) {
            Map<String, Object> model = model(BODY);
            model.put("year", new String("2025"));
            model.put("summary", new String("A summary long enough not to be worth sharing between documents, as most are."));
            model.put("topics", new ArrayList<>(List.of(Map.of("name", new String("Trade"), "url", "topics/trade/"))));
            model.put("tags", new String[] {new String("Trade")});
            model.put("corrections", List.of(new String("none")));
            BakeCache.Source miss = documents.lookup(markdown.getFileName().toString(), markdown);
            miss.store(model, List.of());
            fresh.add(model);
        }
        assertSharedRecurringValues(fresh.get(0), fresh.get(1));
        assertInstanceOf(ArrayList.class, fresh.get(0).get("topics"), "a list the parse could change stays one");

        ParsedDocuments next = reopened(documents);
        Map<String, Object> a = next.lookup("a.md", file).model();
        Map<String, Object> b = next.lookup("b.md", other).model();
        assertSharedRecurringValues(a, b);
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) a.get("corrections")).add("x"), "still read-only");
    }

    private static void assertSharedRecurringValues(Map<String, Object> a, Map<String, Object> b) {
        assertSame(a.get("year"), b.get("year"));
        assertSame(((List<?>) a.get("topics")).get(0), ((List<?>) b.get("topics")).get(0));
        assertSame(((String[]) a.get("tags"))[0], ((String[]) b.get("tags"))[0]);
        assertSame(((List<?>) a.get("corrections")).get(0), ((List<?>) b.get("corrections")).get(0));
        assertNotSame(a.get("summary"), b.get("summary"), "long strings are not looked up");
        assertEquals(a.get("summary"), b.get("summary"));
    }

    @Test
    void longTextsMoveToTheLogAndComeBackAsTheSameText() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        Map<String, Object> model = model(BODY);
        StoredText body = (StoredText) model.get("body");
        store(documents, file, model);
        assertEquals(BODY, body.text(), "read back from the log once stored");
        assertTrue(Files.readString(log, StandardCharsets.ISO_8859_1).contains(
                new String(BODY.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));

        BakeCache.Source hit = reopened(documents).lookup("a.md", file);
        assertTrue(hit.cached());
        assertEquals("A", hit.model().get("title"));
        StoredText again = assertInstanceOf(StoredText.class, hit.model().get("body"));
        assertEquals(body.digest(), again.digest());
        assertEquals(BODY, again.text());
        assertEquals(List.of("a warning"), hit.warnings());
    }

    @Test
    void aTextThatNoLongerMatchesItsDigestIsDamageNotOutput() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        store(documents, file, model(BODY));
        byte[] bytes = Files.readAllBytes(log);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("caf");
        bytes[at] = 'C';
        Files.write(log, bytes);

        ParsedDocuments next = reopened(documents);
        StoredText body = (StoredText) next.lookup("a.md", file).model().get("body");
        assertNull(next.damage());
        DamagedCacheException damage = assertThrows(DamagedCacheException.class, body::text);
        assertTrue(damage.getMessage().contains("documents.log"), damage.getMessage());
        assertNotNull(next.damage());
    }

    @Test
    void aRecordThatIsNotTheFilesParseIsAMiss() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        store(documents, file, model(BODY));
        ParsedDocuments next = reopened(documents);
        ParsedDocuments.Entry entry = next.entries().get("a.md");
        // Points at the texts instead of the model: read as a model, it is not one.
        next.entries().put("a.md", new ParsedDocuments.Entry(entry.stamp(), entry.readAtMillis(), entry.content(),
                entry.offset(), 0, entry.length()));
        assertFalse(next.lookup("a.md", file).cached());
        assertNull(next.damage(), "a miss is parsed again; nothing read was trusted");
    }

    @Test
    void aMissingOrReplacedLogLosesTheParsesOnly() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        store(documents, file, model(BODY));
        documents.closeLog();
        ParseLog.create(log).close();
        ParsedDocuments next = reopened(documents);
        assertTrue(next.entries().isEmpty());
        assertTrue(next.changed());
        assertFalse(next.lookup("a.md", file).cached());
    }

    @Test
    void compactionKeepsOnlyLiveParsesAndEveryOneStaysReadable() throws IOException {
        ParsedDocuments documents = new ParsedDocuments(log);
        documents.startBake();
        for (int edit = 0; edit < 5; edit++) {
            Files.writeString(file, "---\ntitle: A\n---\nBody " + edit + "\n");
            store(documents, file, model(BODY + edit));
        }
        long before = Files.size(log);
        documents.compactLog(0);
        long after = Files.size(log);
        assertTrue(after < before / 4, before + " -> " + after);

        BakeCache.Source hit = reopened(documents).lookup("a.md", file);
        assertTrue(hit.cached());
        assertEquals(BODY + 4, hit.model().get("body").toString());
    }

    @Test
    void aParsesFingerprintIsKeptWithItAndIsTheFingerprintOfTheParseReadBack() throws IOException {
        for (boolean onDisk : new boolean[] {true, false}) {
            ParsedDocuments documents = new ParsedDocuments(onDisk ? log : null);
            documents.startBake();
            Map<String, Object> model = model(BODY);
            model.put("topics", new ArrayList<>(List.of(Map.of("name", "Trade", "url", "topics/trade/"))));
            model.put("number", 7);
            model.put("date", new Date(1_700_000_000_000L));
            model.put("local_date", LocalDate.of(2025, 3, 1));
            model.put("tags", new String[] {"Trade"});
            model.put("draft", Boolean.FALSE);
            Digest stored = documents.lookup("a.md", file).store(model, List.of());
            assertEquals(Fingerprint.digestOf(model), stored);

            BakeCache.Source hit = (onDisk ? reopened(documents) : documents).lookup("a.md", file);
            assertTrue(hit.cached());
            assertEquals(stored, hit.parseDigest(), onDisk ? "on disk" : "in memory");
            assertEquals(stored, Fingerprint.digestOf(hit.model()),
                    "the parse read back walks as the one stored: its digest can stand for it");
        }
    }
}
