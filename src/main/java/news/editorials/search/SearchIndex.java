package news.editorials.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The search index of a site, in memory: documents numbered oldest first (so "newer first" is "higher number
 * first", and publishing a new editorial renumbers none of the others), every folded word of the site mapped to its stem, and for each stem the documents that contain it,
 * anywhere and in the fields that rank higher.
 *
 * <p>Stems are numbered by how many documents contain them, most first: the browser takes the lowest numbers
 * among a prefix's completions as the likeliest words, with no frequencies in the index.
 */
public final class SearchIndex {
    /**
     * One stem's postings, each list ascending.
     *
     * @param documents every document containing the stem, in any field
     * @param title     documents with it in the title
     * @param meta      documents with it in the summary, a topic or the author's name
     * @param words     the folded words of the site with this stem, for the browser to highlight
     */
    public record Stem(String stem, int[] documents, int[] title, int[] meta, SortedSet<String> words) {
    }

    /** Fewest documents worth a range of their own (see {@link #build}). */
    private static final int MIN_RANGE = 512;

    private final List<SearchDocument> documents;
    private final List<Stem> stems;
    private final NavigableMap<String, Integer> vocabulary;

    private SearchIndex(List<SearchDocument> documents, List<Stem> stems, NavigableMap<String, Integer> vocabulary) {
        this.documents = documents;
        this.stems = stems;
        this.vocabulary = vocabulary;
    }

    /**
     * @param oldestFirst the published editorials, oldest first: search shows ties newest first, that is
     *                    highest number first
     */
    public static SearchIndex build(List<SearchDocument> oldestFirst) {
        // Millions of (document, word) pairs, each a lookup of the word's postings: the documents are cut into
        // contiguous ranges indexed on every core, each with its own tables.
        return build(oldestFirst, Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(),
                oldestFirst.size() / MIN_RANGE)));
    }

    /** The same index whatever the number of ranges: joined in order, a stem's lists stay ascending. */
    static SearchIndex build(List<SearchDocument> oldestFirst, int ranges) {
        List<SearchDocument> documents = List.copyOf(oldestFirst);
        List<RangePostings> parts = IntStream.range(0, ranges).parallel()
                .mapToObj(range -> RangePostings.of(documents, documents.size() * range / ranges,
                        documents.size() * (range + 1) / ranges))
                .toList();
        Map<String, Postings> byStem = new HashMap<>();
        Map<String, String> stemOf = new HashMap<>();
        for (RangePostings part : parts) {
            part.byStem.forEach((stem, postings) -> byStem.merge(stem, postings, (earlier, later) -> {
                earlier.append(later);
                return earlier;
            }));
            stemOf.putAll(part.stemOf);
        }
        EnglishStems stemmer = new EnglishStems();
        List<String> order = new ArrayList<>(byStem.keySet());
        order.sort(Comparator.comparingInt((String stem) -> -byStem.get(stem).documents.size)
                .thenComparing(Comparator.naturalOrder()));
        List<Stem> stems = new ArrayList<>(order.size());
        Map<String, Integer> idOf = new HashMap<>();
        for (String stem : order) {
            Postings postings = byStem.get(stem);
            idOf.put(stem, stems.size());
            stems.add(new Stem(stem, postings.documents.toArray(), postings.title.toArray(), postings.meta.toArray(),
                    Collections.unmodifiableSortedSet(postings.words)));
        }
        NavigableMap<String, Integer> vocabulary = new TreeMap<>();
        stemOf.forEach((word, stem) -> vocabulary.put(word, idOf.get(stem)));
        // Forms the site does not use, so that the browser, which cannot stem, still finds their stem.
        // Guesses from accepted guesses too, once: "trading" gives "trade", which gives "traded".
        stemOf.forEach((word, stem) -> {
            for (String form : WordForms.guesses(word)) {
                if (!vocabulary.containsKey(form) && stemmer.stem(form).equals(stem)) {
                    vocabulary.put(form, idOf.get(stem));
                    for (String further : WordForms.guesses(form)) {
                        if (!vocabulary.containsKey(further) && stemmer.stem(further).equals(stem)) {
                            vocabulary.put(further, idOf.get(stem));
                        }
                    }
                }
            }
        });
        return new SearchIndex(documents, List.copyOf(stems), Collections.unmodifiableNavigableMap(vocabulary));
    }

    /** The postings of a range of documents, with the words met there and their stems. */
    private static final class RangePostings {
        final EnglishStems stemmer = new EnglishStems();
        final Map<String, Postings> byStem = new HashMap<>();
        final Map<String, String> stemOf = new HashMap<>();
        final WordTable postingsOf = new WordTable();

        static RangePostings of(List<SearchDocument> documents, int from, int to) {
            RangePostings range = new RangePostings();
            for (int doc = from; doc < to; doc++) {
                range.add(doc, FieldWords.of(documents.get(doc)));
            }
            return range;
        }

        /**
         * Adds one document's words; documents come in ascending order. A word in several fields is added
         * once per list, since {@link Ascending#addOnce} skips a repeat.
         */
        private void add(int doc, FieldWords words) {
            for (List<String> field : List.of(words.title(), words.meta())) {
                for (String word : field) {
                    postingsOf(word.toCharArray(), 0, word.length()).documents.addOnce(doc);
                }
            }
            // The body's words, looked up where they stand in the text: no string is made for a word already known.
            char[] body = words.body().toCharArray();
            for (int start = 0; start < body.length; ) {
                int end = start;
                while (end < body.length && body[end] != ' ') {
                    end++;
                }
                if (end > start) {
                    postingsOf(body, start, end).documents.addOnce(doc);
                }
                start = end + 1;
            }
            for (String word : words.title()) {
                postingsOf.get(word.toCharArray(), 0, word.length()).title.addOnce(doc);
            }
            for (String word : words.meta()) {
                postingsOf.get(word.toCharArray(), 0, word.length()).meta.addOnce(doc);
            }
        }

        /** The postings of the word {@code text[start, end)}, made (with its stem's) the first time the word is met. */
        private Postings postingsOf(char[] text, int start, int end) {
            Postings postings = postingsOf.get(text, start, end);
            if (postings == null) {
                String word = new String(text, start, end - start);
                String stem = stemmer.stem(word);
                stemOf.put(word, stem);
                postings = byStem.computeIfAbsent(stem, s -> new Postings());
                postings.words.add(word);
                postingsOf.put(word, postings);
            }
            return postings;
        }
    }

    /** Oldest first; a document's number is its place here. */
    public List<SearchDocument> documents() {
        return documents;
    }

    /** By number: most documents first. */
    public List<Stem> stems() {
        return stems;
    }

    /**
     * Every folded word of the site, and other forms of them with the same stem (see {@link WordForms}), with
     * the stem's number, in {@link String#compareTo} order (the browser's too).
     */
    public NavigableMap<String, Integer> vocabulary() {
        return vocabulary;
    }

    /** The stem a folded word belongs to, or null if neither the word nor another form of it is on the site. */
    public Stem stemOf(String foldedWord) {
        Integer id = vocabulary.get(foldedWord);
        return id == null ? null : stems.get(id);
    }

    /** The folded words of one document's fields: title and meta with repeats, the body's distinct and space-separated. */
    private record FieldWords(List<String> title, List<String> meta, String body) {
        static FieldWords of(SearchDocument document) {
            return new FieldWords(SearchWords.words(document.title()), SearchWords.words(document.metaText()),
                    document.distinctBodyWords());
        }
    }

    /**
     * Postings by folded word, in an open-addressing table that is asked for a word standing in a longer text
     * ({@link #get}): the index meets each body's words as one string, and cutting it into millions of
     * short-lived strings every bake cost more than the lookups themselves. Chars, not strings, for speed
     * under C1 (see {@code .mvn/jvm.config}).
     */
    private static final class WordTable {
        private char[][] words = new char[1 << 14][];
        private Postings[] postings = new Postings[1 << 14];
        private int size;

        Postings get(char[] text, int start, int end) {
            int mask = words.length - 1;
            for (int slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    return null;
                }
                if (java.util.Arrays.equals(word, 0, word.length, text, start, end)) {
                    return postings[slot];
                }
            }
        }

        /** Adds a word not in the table yet. */
        void put(String word, Postings wordPostings) {
            if (2 * (size + 1) > words.length) {
                char[][] oldWords = words;
                Postings[] oldPostings = postings;
                words = new char[oldWords.length * 2][];
                postings = new Postings[oldWords.length * 2];
                for (int i = 0; i < oldWords.length; i++) {
                    if (oldWords[i] != null) {
                        insert(oldWords[i], oldPostings[i]);
                    }
                }
            }
            insert(word.toCharArray(), wordPostings);
            size++;
        }

        private void insert(char[] word, Postings wordPostings) {
            int mask = words.length - 1;
            int slot = hash(word, 0, word.length) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            postings[slot] = wordPostings;
        }

        private static int hash(char[] text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text[i];
            }
            return hash ^ (hash >>> 16);
        }
    }

    private static final class Postings {
        final SortedSet<String> words = new TreeSet<>();
        final Ascending documents = new Ascending();
        final Ascending title = new Ascending();
        final Ascending meta = new Ascending();

        /** Adds a later range's postings of the same stem. */
        void append(Postings later) {
            words.addAll(later.words);
            documents.append(later.documents);
            title.append(later.title);
            meta.append(later.meta);
        }
    }

    /** Document numbers added in ascending order; a number already last is not added again (two words, one stem). */
    private static final class Ascending {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** Appends numbers all above this list's. */
        void append(Ascending later) {
            if (size + later.size > values.length) {
                values = Arrays.copyOf(values, Math.max(size + later.size, 2 * values.length));
            }
            System.arraycopy(later.values, 0, values, size, later.size);
            size += later.size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
