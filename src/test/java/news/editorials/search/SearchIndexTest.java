package news.editorials.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import news.editorials.cache.StoredText;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static SearchDocument document(String title, String author, String summary, List<String> topics, String body) {
        return new SearchDocument(title, "editorials/" + title.toLowerCase().replace(' ', '-') + "/", "2025-01-01",
                "1 January 2025", author == null ? "Editorial" : "By " + author, author, summary, topics, StoredText.of(body), null);
    }

    private static final SearchIndex INDEX = SearchIndex.build(List.of(
            document("Tariffs at the border", "Jane Doe", "Customs and trade.", List.of("Trade"), "Grain prices rose."),
            document("The harbour", null, "", List.of(), "A new tariff on grain; the café closed."),
            document("Elected at last", "John Jay", "", List.of("Elections"), "Two harbours and one café.")));

    @Test
    void pluralsAndInflectionsShareAStem() {
        assertEquals(INDEX.stemOf("tariff"), INDEX.stemOf("tariffs"));
        assertEquals(INDEX.stemOf("harbour"), INDEX.stemOf("harbours"));
        assertEquals(INDEX.stemOf("elected"), INDEX.stemOf("elections"));
        assertEquals(List.of("tariff", "tariffs"), List.copyOf(INDEX.stemOf("tariff").words()));
    }

    @Test
    void formsTheSiteNeverUsesStillFindTheirStem() {
        SearchIndex index = SearchIndex.build(List.of(document("Bridge", null, "", List.of(), "Two tariffs were trading.")));
        assertEquals(index.stemOf("bridge"), index.stemOf("bridges"));
        assertEquals(index.stemOf("tariffs"), index.stemOf("tariff"));
        assertEquals(index.stemOf("trading"), index.stemOf("trade"));
        assertEquals(index.stemOf("trading"), index.stemOf("traded"));
        assertEquals(List.of("tariffs"), List.copyOf(index.stemOf("tariff").words()), "only the site's own words are highlighted");
    }

    @Test
    void aGuessedFormWithAnotherStemIsLeftOut() {
        SearchIndex index = SearchIndex.build(List.of(document("News", null, "", List.of(), "Body.")));
        assertNull(index.stemOf("new"), "'new' is not a form of 'news' for the stemmer");
    }

    @Test
    void accentedWordsAreIndexedFolded() {
        assertArrayEquals(new int[] {1, 2}, INDEX.stemOf("cafe").documents());
        assertNull(INDEX.stemOf("café"), "the vocabulary holds folded words only");
    }

    @Test
    void postingsRecordWhichFieldsMatched() {
        SearchIndex.Stem tariff = INDEX.stemOf("tariff");
        assertArrayEquals(new int[] {0, 1}, tariff.documents());
        assertArrayEquals(new int[] {0}, tariff.title());
        assertArrayEquals(new int[] {}, tariff.meta());
        SearchIndex.Stem trade = INDEX.stemOf("trade");
        assertArrayEquals(new int[] {0}, trade.meta(), "summary and topics");
        assertArrayEquals(new int[] {}, trade.title());
        assertArrayEquals(new int[] {2}, INDEX.stemOf("jay").meta(), "author");
        assertArrayEquals(new int[] {2}, INDEX.stemOf("elected").title());
    }

    @Test
    void documentsKeepTheirOrderAndStemsAreNumberedMostDocumentsFirst() {
        assertEquals("Tariffs at the border", INDEX.documents().get(0).title());
        int previous = Integer.MAX_VALUE;
        for (SearchIndex.Stem stem : INDEX.stems()) {
            assertTrue(stem.documents().length <= previous, "stems ordered by document count");
            previous = stem.documents().length;
        }
        assertEquals(INDEX.stemOf("and"), INDEX.stems().get(0), "in the most documents (two, like at, cafe, the ...), first alphabetically");
        INDEX.stems().forEach(stem -> stem.words().forEach(word -> assertEquals(stem, INDEX.stemOf(word), word)));
    }

    @Test
    void aWordInEveryFieldOfADocumentIsListedOnce() {
        SearchIndex index = SearchIndex.build(List.of(document("Grain", "Grain", "Grain.", List.of("Grain"), "Grain grains.")));
        assertArrayEquals(new int[] {0}, index.stemOf("grain").documents());
        assertArrayEquals(new int[] {0}, index.stemOf("grain").title());
        assertArrayEquals(new int[] {0}, index.stemOf("grain").meta());
    }

    private static final List<String> WORDS = List.of("grain", "grains", "harbour", "tariff", "tariffs", "court", "courts",
            "elected", "election", "café", "trade", "trading", "vote", "votes");

    private static SearchDocument randomDocument(Random random, int i) {
        StringBuilder body = new StringBuilder();
        for (int w = random.nextInt(12); w >= 0; w--) {
            body.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        // Some titles repeat (numbers kept by text are shared), and half the bodies come with their words cut
        // at parse time, as a bake's do.
        String title = "Title " + WORDS.get(random.nextInt(WORDS.size())) + (i % 7 == 0 ? "" : " " + i);
        SearchDocument document = document(title, i % 3 == 0 ? "Jane Doe" : null,
                i % 4 == 0 ? "About " + WORDS.get(random.nextInt(WORDS.size())) + "." : "",
                i % 5 == 0 ? List.of("Trade") : List.of(), body.toString());
        if (i % 2 == 0) {
            return document;
        }
        return new SearchDocument(document.title(), document.url(), document.dateIso(), document.dateDisplay(),
                document.byline(), document.author(), document.summary(), document.topics(), document.bodyText(),
                StoredText.of(String.join(" ", new LinkedHashSet<>(SearchWords.words(body.toString())))));
    }

    private static List<SearchDocument> randomDocuments(Random random, int count) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(randomDocument(random, i));
        }
        return documents;
    }

    private static void assertSameIndex(SearchIndex expected, SearchIndex actual, String how) {
        assertEquals(expected.vocabulary(), actual.vocabulary(), how);
        assertEquals(expected.stems().size(), actual.stems().size(), how);
        for (int i = 0; i < expected.stems().size(); i++) {
            SearchIndex.Stem wanted = expected.stems().get(i);
            SearchIndex.Stem got = actual.stems().get(i);
            assertEquals(wanted.stem(), got.stem(), how);
            assertArrayEquals(wanted.documents(), got.documents(), how + ": " + wanted.stem());
            assertArrayEquals(wanted.title(), got.title(), how + ": " + wanted.stem());
            assertArrayEquals(wanted.meta(), got.meta(), how + ": " + wanted.stem());
            assertEquals(wanted.words(), got.words(), how + ": " + wanted.stem());
        }
    }

    @Test
    void theIndexIsTheSameHoweverManyRangesBuildIt() {
        List<SearchDocument> documents = randomDocuments(new Random(11), 60);
        SearchIndex whole = SearchIndex.build(documents, WordNumbers.forOneBuild(), 1);
        for (int ranges : new int[] {2, 7, 60}) {
            assertSameIndex(whole, SearchIndex.build(documents, WordNumbers.forOneBuild(), ranges), ranges + " ranges");
        }
    }

    @Test
    void numbersKeptFromEarlierBuildsGiveTheIndexAFreshBuildGives() {
        Random random = new Random(5);
        List<SearchDocument> documents = randomDocuments(random, 40);
        WordNumbers kept = new WordNumbers();
        for (int round = 0; round < 12; round++) {
            assertSameIndex(SearchIndex.build(documents), SearchIndex.build(documents, kept, 1 + round % 3), "round " + round);
            // An edit, a new editorial, a deletion: words come and go, and a word the site no longer uses
            // must leave the index though the numbers remember it.
            documents.set(random.nextInt(documents.size()), randomDocument(random, 100 + round));
            documents.add(randomDocument(random, 200 + round));
            documents.remove(random.nextInt(documents.size()));
            if (round == 6) {
                documents.replaceAll(document -> document("Only " + document.title(), null, "", List.of(), "vote"));
            }
        }
    }

    @Test
    void postingsUpdatedForAFewEditedDocumentsAreThoseAFreshBuildMakes() {
        Random random = new Random(17);
        List<SearchDocument> documents = randomDocuments(random, 80);
        WordNumbers kept = new WordNumbers();
        for (int round = 0; round < 16; round++) {
            Object before = kept.keptPostings();
            assertSameIndex(SearchIndex.build(documents), SearchIndex.build(documents, kept, 1), "round " + round);
            if (round > 0) {
                assertSame(before, kept.keptPostings(), "round " + round + ": the kept postings were updated in place");
            }
            // Saves in the preview: one or two documents change their words, none is added or deleted, so the
            // last build's postings are updated. Now and then a word leaves the site, or one arrives.
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                documents.set(random.nextInt(documents.size()), randomDocument(random, 300 + 2 * round + edits));
            }
            if (round == 5) {
                documents.set(0, document("Quorum " + round, null, "", List.of(), "quorum"));
            }
            if (round == 9) {
                documents.set(0, document("Plain " + round, "Jane Doe", "About trade.", List.of("Trade"), "vote"));
            }
        }
    }

    @Test
    void whenTheNumberingStartsAgainNoPostingsAreKeptFromBeforeIt() {
        // Thousands of words that then leave the site: the numbers are mostly unused, and start again.
        Random random = new Random(3);
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                for (int c = 0; c < 9; c++) {
                    body.append((char) ('a' + random.nextInt(26)));
                }
                body.append(' ');
            }
            documents.add(document("Title " + i, null, "", List.of(), body.toString()));
        }
        WordNumbers kept = new WordNumbers();
        SearchIndex.build(documents, kept, 1);
        documents.replaceAll(document -> document("Short " + document.title(), null, "", List.of(), "vote"));
        assertSameIndex(SearchIndex.build(documents), SearchIndex.build(documents, kept, 1), "after the words left");
        assertNull(kept.keptPostings(), "the numbering started again: the postings it kept were forgotten");

        documents.set(3, document("Edited", null, "", List.of(), "trade tariffs"));
        assertSameIndex(SearchIndex.build(documents), SearchIndex.build(documents, kept, 1), "the next edit");
    }
}
