package news.editorials.search;

import news.editorials.cache.StoredText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import news.editorials.store.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFragmentsTest {
    @TempDir
    Path folder;

    private static SearchDocument document(int n, String body) {
        return SearchIndexTest.document("Title " + n, null, "", List.of(), body);
    }

    /** Many documents with many distinct words, so that every kind of file comes in several shards. */
    private static SearchIndex large() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            StringBuilder body = new StringBuilder("common");
            for (int k = 0; k < 20; k++) {
                body.append(" word").append(n * 20 + k);
            }
            if (n % 100 == 7) {
                body.append(" rare");
            }
            documents.add(document(n, body.toString()));
        }
        return SearchIndex.build(documents);
    }

    private static SearchFragments.Written write(SearchIndex index, Path folder) {
        return SearchFragments.write(index, "", SiteFiles.into(folder));
    }

    @Test
    void aNewEditorialLeavesEveryOtherDocumentFragmentAsItWas(@TempDir Path before, @TempDir Path after) throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            documents.add(document(n, "Body number " + n + "."));
        }
        write(SearchIndex.build(documents), before);
        documents.add(document(5, "The newest body."));
        write(SearchIndex.build(documents), after);
        for (int n = 0; n < 5; n++) {
            assertEquals(Files.readString(before.resolve("d/" + n + ".json")), Files.readString(after.resolve("d/" + n + ".json")));
        }
        assertEquals("The newest body.", new WrittenIndex(after).read("d/5.json").get("text").asText());
    }

    @Test
    void aWordIsFoundThroughManifestVocabularyAndPostingsShards() {
        write(large(), folder);
        WrittenIndex written = new WrittenIndex(folder);
        assertEquals(300, written.manifest().get("documents").asInt());
        assertTrue(written.manifest().get("vocabulary").size() > 1, "several vocabulary shards");
        assertTrue(written.manifest().get("postings").size() > 1, "several postings shards");
        assertEquals(List.of(7, 107, 207), written.documents("rare"));
        assertEquals(List.of(42), written.documents("word" + (42 * 20 + 3)));
        assertEquals(List.of(5), written.titleDocuments("5"));
        assertEquals(IntStream.range(0, 300).boxed().toList(), written.documents("common"));
        assertEquals(-1, written.stemOf("absent"));
    }

    @Test
    void vocabularyShardsAreSortedRangesOfAboutTheShardSize() throws IOException {
        write(large(), folder);
        WrittenIndex written = new WrittenIndex(folder);
        JsonNode keys = written.manifest().get("vocabulary");
        for (int shard = 0; shard < keys.size(); shard++) {
            JsonNode entries = written.read("v/" + shard + ".json");
            assertEquals(keys.get(shard).asText(), entries.get(0).asText(), "a shard's key is its first word");
            for (int i = 2; i < entries.size(); i += 2) {
                assertTrue(entries.get(i - 2).asText().compareTo(entries.get(i).asText()) < 0, "sorted");
            }
            if (shard + 1 < keys.size()) {
                assertTrue(entries.get(entries.size() - 2).asText().compareTo(keys.get(shard + 1).asText()) < 0);
            }
            assertTrue(Files.size(folder.resolve("v/" + shard + ".json")) <= SearchFragments.SHARD_BYTES);
        }
    }

    @Test
    void denseListsAreBitsetsAndSparseListsGaps() {
        write(large(), folder);
        WrittenIndex written = new WrittenIndex(folder);
        assertTrue(written.postings(written.stemOf("common")).get(1).isTextual(), "in every document: a bitset");
        JsonNode rare = written.postings(written.stemOf("rare")).get(1);
        assertTrue(rare.isArray(), "in three documents: gaps");
        assertEquals("[7,100,100]", rare.toString());
    }

    @Test
    void oneFragmentPerDocumentWithWhatAResultShows() {
        SearchIndex index = SearchIndex.build(List.of(
                new SearchDocument("A <b>title</b>", "editorials/2025/a/", "2025-07-27", "27 July 2025", "By Jane Doe",
                        "Jane Doe", "Summary.", List.of("Trade"), StoredText.of("Body " + "word ".repeat(2000)), null)));
        write(index, folder);
        JsonNode fragment = new WrittenIndex(folder).read("d/0.json");
        assertEquals("A <b>title</b>", fragment.get("title").asText());
        assertEquals("editorials/2025/a/", fragment.get("url").asText());
        assertEquals("2025-07-27", fragment.get("date").asText());
        assertEquals("27 July 2025", fragment.get("dateDisplay").asText());
        assertEquals("By Jane Doe", fragment.get("byline").asText());
        assertEquals("Summary.", fragment.get("summary").asText());
        String text = fragment.get("text").asText();
        assertTrue(text.length() <= SearchFragments.TEXT_LIMIT + 2, "long bodies are cut: " + text.length());
        assertTrue(text.endsWith("word \u2026"), "between words");
    }

    @Test
    void theVersionFollowsTheContent(@TempDir Path other) {
        String first = write(large(), folder).version();
        assertEquals(first, write(large(), other).version(), "same content, same version");
        SearchIndex changed = SearchIndex.build(List.of(document(1, "different words")));
        assertNotEquals(first, write(changed, other).version());
        assertEquals(first, new WrittenIndex(folder).manifest().get("version").asText());
    }
}
