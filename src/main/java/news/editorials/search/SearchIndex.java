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

    /** Fewest documents worth a range of their own (see {@link WordNumbers#wordsOf}). */
    private static final int MIN_RANGE = 512;
    /**
     * Documents whose words are numbered at once: {@code mvn package} keeps no document's numbers, and holding
     * every one's at once would take about 4 bytes a distinct word a document (120 MB at 100,000 editorials).
     */
    private static final int BATCH = 4096;

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
        return build(oldestFirst, WordNumbers.forOneBuild());
    }

    /**
     * As {@link #build(List)}, with word numbers kept from earlier builds: only the words of documents
     * {@code numbers} has not met are cut and looked up.
     */
    public static SearchIndex build(List<SearchDocument> oldestFirst, WordNumbers numbers) {
        // Millions of (document, word) pairs: the words of documents not met before are cut in contiguous
        // ranges, on every core.
        return build(oldestFirst, numbers, Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(),
                oldestFirst.size() / MIN_RANGE)));
    }

    /** The same index whatever the number of ranges and whatever {@code numbers} met before. */
    static SearchIndex build(List<SearchDocument> oldestFirst, WordNumbers numbers, int ranges) {
        List<SearchDocument> documents = List.copyOf(oldestFirst);
        numbers.startBuild();
        Postings postings;
        if (numbers.remembers()) {
            // Every document's words are kept between builds anyway: the last build's postings are updated
            // for the documents whose words changed, when they are few (a save in the live preview).
            List<WordNumbers.DocumentWords> words = numbers.wordsOf(documents, ranges);
            Postings kept = numbers.takePostings();
            postings = kept != null && Postings.canUpdate(numbers.keptWords(), words)
                    ? kept.update(numbers.keptWords(), words, numbers) : Postings.of(words, numbers);
            numbers.keepPostings(postings, words);
        } else {
            postings = new Postings();
            for (int batch = 0; batch < documents.size(); batch += BATCH) {
                List<WordNumbers.DocumentWords> words = numbers.wordsOf(
                        documents.subList(batch, Math.min(documents.size(), batch + BATCH)), ranges);
                for (int i = 0; i < words.size(); i++) {
                    postings.add(batch + i, words.get(i), numbers);
                }
            }
        }

        // The words of this site by stem: numbers may know words of documents gone since.
        Map<Integer, SortedSet<String>> wordsOfStem = new HashMap<>();
        Map<String, String> stemOf = new HashMap<>();
        for (int word = 0; word < numbers.wordCount(); word++) {
            if (postings.used(word)) {
                int stem = numbers.stemOf(word);
                wordsOfStem.computeIfAbsent(stem, s -> new TreeSet<>()).add(numbers.word(word));
                stemOf.put(numbers.word(word), numbers.stem(stem));
            }
        }
        List<Integer> order = new ArrayList<>(wordsOfStem.keySet());
        order.sort(Comparator.comparingInt((Integer stem) -> -postings.documents(stem).size)
                .thenComparing(stem -> numbers.stem(stem)));
        List<Stem> stems = new ArrayList<>(order.size());
        Map<String, Integer> idOf = new HashMap<>();
        // Postings not kept for the next build are let go stem by stem as they are copied, so that the site's
        // postings are not held twice (at 100,000 editorials, about 100 MB each).
        boolean release = !numbers.remembers();
        for (int stem : order) {
            idOf.put(numbers.stem(stem), stems.size());
            stems.add(new Stem(numbers.stem(stem), postings.documents(stem).toArray(release),
                    postings.title(stem).toArray(release), postings.meta(stem).toArray(release),
                    Collections.unmodifiableSortedSet(wordsOfStem.get(stem))));
        }
        EnglishStems stemmer = new EnglishStems();
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
        numbers.endBuild(stemOf.size());
        return new SearchIndex(documents, List.copyOf(stems), Collections.unmodifiableNavigableMap(vocabulary));
    }

    /**
     * Document lists by stem number, and how many times the documents' fields use each word number; documents
     * come in ascending order. Made by adding documents in number order, or updated from an earlier build's
     * for the documents whose words changed.
     */
    static final class Postings {
        private static final Ascending NONE = new Ascending();
        /** At most this share of documents changed for an update to beat making the postings afresh. */
        private static final int MOST_CHANGED_DIVISOR = 8;
        private Ascending[] documents = new Ascending[1024];
        private Ascending[] title = new Ascending[1024];
        private Ascending[] meta = new Ascending[1024];
        private int[] uses = new int[1024];

        static Postings of(List<WordNumbers.DocumentWords> words, WordNumbers numbers) {
            Postings postings = new Postings();
            for (int doc = 0; doc < words.size(); doc++) {
                postings.add(doc, words.get(doc), numbers);
            }
            return postings;
        }

        /** A word in several fields is listed once per list: {@link Ascending#addOnce} skips a repeat. */
        void add(int doc, WordNumbers.DocumentWords words, WordNumbers numbers) {
            for (int[] field : List.of(words.title(), words.meta(), words.body())) {
                for (int word : field) {
                    use(word, 1);
                    documents = ensure(documents, numbers.stemOf(word));
                    documents[numbers.stemOf(word)].addOnce(doc);
                }
            }
            for (int word : words.title()) {
                title = ensure(title, numbers.stemOf(word));
                title[numbers.stemOf(word)].addOnce(doc);
            }
            for (int word : words.meta()) {
                meta = ensure(meta, numbers.stemOf(word));
                meta[numbers.stemOf(word)].addOnce(doc);
            }
        }

        /**
         * Whether postings made from {@code before} can be updated to {@code now}: as many documents (numbers
         * are places, so a new or deleted editorial renumbers the newer ones, and most of them then count as
         * changed), few of them with other words. The update moves each changed number's postings, whatever
         * document now holds it.
         */
        static boolean canUpdate(List<WordNumbers.DocumentWords> before, List<WordNumbers.DocumentWords> now) {
            if (before == null || before.size() != now.size()) {
                return false;
            }
            int changed = 0;
            for (int doc = 0; doc < now.size(); doc++) {
                if (!same(before.get(doc), now.get(doc)) && ++changed > now.size() / MOST_CHANGED_DIVISOR) {
                    return false;
                }
            }
            return true;
        }

        /** These postings, updated in place from {@code before}'s words to {@code now}'s. */
        Postings update(List<WordNumbers.DocumentWords> before, List<WordNumbers.DocumentWords> now, WordNumbers numbers) {
            for (int doc = 0; doc < now.size(); doc++) {
                WordNumbers.DocumentWords old = before.get(doc);
                WordNumbers.DocumentWords current = now.get(doc);
                if (same(old, current)) {
                    continue;
                }
                for (int[] field : List.of(old.title(), old.meta(), old.body())) {
                    for (int word : field) {
                        use(word, -1);
                    }
                }
                for (int[] field : List.of(current.title(), current.meta(), current.body())) {
                    for (int word : field) {
                        use(word, 1);
                    }
                }
                documents = move(documents, doc, stems(numbers, old.title(), old.meta(), old.body()),
                        stems(numbers, current.title(), current.meta(), current.body()));
                title = move(title, doc, stems(numbers, old.title()), stems(numbers, current.title()));
                meta = move(meta, doc, stems(numbers, old.meta()), stems(numbers, current.meta()));
            }
            return this;
        }

        /** Numbers are kept by text, so an unchanged document's arrays are the very ones of the last build. */
        private static boolean same(WordNumbers.DocumentWords a, WordNumbers.DocumentWords b) {
            return a == b || a.title() == b.title() && a.meta() == b.meta() && a.body() == b.body()
                    || Arrays.equals(a.title(), b.title()) && Arrays.equals(a.meta(), b.meta()) && Arrays.equals(a.body(), b.body());
        }

        /** The distinct stems of some fields' words, ascending. */
        private static int[] stems(WordNumbers numbers, int[]... fields) {
            return Arrays.stream(fields).flatMapToInt(Arrays::stream).map(numbers::stemOf).distinct().sorted().toArray();
        }

        /** Takes {@code doc} out of the lists of the stems it left and into those of the stems it gained. */
        private static Ascending[] move(Ascending[] lists, int doc, int[] before, int[] now) {
            Ascending[] result = lists;
            for (int stem : before) {
                if (Arrays.binarySearch(now, stem) < 0) {
                    result[stem].remove(doc);
                }
            }
            for (int stem : now) {
                if (Arrays.binarySearch(before, stem) < 0) {
                    result = ensure(result, stem);
                    result[stem].insert(doc);
                }
            }
            return result;
        }

        private void use(int word, int count) {
            if (word >= uses.length) {
                uses = Arrays.copyOf(uses, Math.max(2 * uses.length, word + 1));
            }
            uses[word] += count;
        }

        private static Ascending[] ensure(Ascending[] lists, int stem) {
            Ascending[] grown = stem < lists.length ? lists : Arrays.copyOf(lists, Math.max(2 * lists.length, stem + 1));
            if (grown[stem] == null) {
                grown[stem] = new Ascending();
            }
            return grown;
        }

        boolean used(int word) {
            return word < uses.length && uses[word] > 0;
        }

        Ascending documents(int stem) {
            return stem < documents.length && documents[stem] != null ? documents[stem] : NONE;
        }

        Ascending title(int stem) {
            return stem < title.length && title[stem] != null ? title[stem] : NONE;
        }

        Ascending meta(int stem) {
            return stem < meta.length && meta[stem] != null ? meta[stem] : NONE;
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

    /** Document numbers added in ascending order; a number already last is not added again (two words, one stem). */
    private static final class Ascending {
        private static final int[] EMPTY = new int[0];
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(4, size * 2));
            }
            values[size++] = value;
        }

        /** Adds a number wherever it belongs, unless it is there already. */
        void insert(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(4, size * 2));
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = value;
            size++;
        }

        void remove(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                System.arraycopy(values, at + 1, values, at, size - at - 1);
                size--;
            }
        }

        /** The numbers; with {@code release}, this list is empty afterwards and its array may be the one returned. */
        int[] toArray(boolean release) {
            if (size == 0) {
                return EMPTY;
            }
            int[] numbers = release && size == values.length ? values : Arrays.copyOf(values, size);
            if (release) {
                values = EMPTY;
                size = 0;
            }
            return numbers;
        }
    }
}
