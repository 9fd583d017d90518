package news.editorials.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import news.editorials.cache.Digest;
import news.editorials.cache.StoredText;

/**
 * Numbers for the folded words of a site and their stems, and each document's words as those numbers,
 * kept by the texts they came from. A search index is built from the numbers ({@link SearchIndex#build}):
 * cutting, folding and looking up millions of words is the costly part, and a long-lived process (the live
 * preview) that keeps one instance between bakes does it only for new and changed documents. That costs
 * about 4 bytes a distinct word a document (12 MB at 10,000 editorials), beside the texts the preview's
 * bake cache holds anyway; the postings it also keeps, to update them for the documents a save changed,
 * about as much again, and up to twice that in their arrays' spare room. Numbers are never reused, so a
 * document's numbers stay right whatever else changes; the words of texts no longer on the site are dropped
 * after each build, and the numbering starts again when most of the words it knows are no longer used.
 *
 * <p>Not thread-safe: one build at a time. Each build cuts the words of the documents it does not know on
 * every core.
 */
public final class WordNumbers {
    private List<String> words = new ArrayList<>();
    private int[] stemOfWord = new int[1024];
    private Map<String, Integer> wordNumbers = new HashMap<>();
    private List<String> stems = new ArrayList<>();
    private Map<String, Integer> stemNumbers = new HashMap<>();

    /** Numbers of texts by what they are: a body's words by their stored text's digest, a field by its text. */
    private Map<Digest, int[]> bodies = new HashMap<>();
    private Map<String, int[]> fields = new HashMap<>();
    private Map<Digest, int[]> bodiesNow;
    private Map<String, int[]> fieldsNow;
    private final boolean remembers;
    /**
     * The last build's postings and the words of each document they were made from, by number, so that the
     * next build only moves the documents whose words changed ({@link SearchIndex#build}); null when there
     * are none to trust (none yet, a build that failed half way, or the numbering started again).
     */
    private SearchIndex.Postings lastPostings;
    private List<DocumentWords> lastWords;

    /** Numbers that remember documents' words from one build to the next. */
    public WordNumbers() {
        this(true);
    }

    private WordNumbers(boolean remembers) {
        this.remembers = remembers;
    }

    /** Numbers for one build ({@code mvn package}'s): no document's words are kept once numbered. */
    static WordNumbers forOneBuild() {
        return new WordNumbers(false);
    }

    /** One document's distinct words as numbers, by field. */
    record DocumentWords(int[] title, int[] meta, int[] body) {
    }

    int wordCount() {
        return words.size();
    }

    String word(int number) {
        return words.get(number);
    }

    int stemOf(int word) {
        return stemOfWord[word];
    }

    String stem(int number) {
        return stems.get(number);
    }

    /** Starts a build: what it does not ask for is forgotten at {@link #endBuild}. */
    void startBuild() {
        bodiesNow = new HashMap<>();
        fieldsNow = new HashMap<>();
    }

    /**
     * Ends a build that used {@code wordsUsed} of the words known. Words are numbered for good, so a long
     * session of edits could collect words no document has any more: once they are most of the numbers, the
     * numbering starts again (the next build cuts every document's words once more).
     */
    void endBuild(int wordsUsed) {
        bodies = bodiesNow;
        fields = fieldsNow;
        bodiesNow = null;
        fieldsNow = null;
        if (words.size() > 2 * wordsUsed + 4096) {
            forgetPostings();
            words = new ArrayList<>();
            wordNumbers = new HashMap<>();
            stems = new ArrayList<>();
            stemNumbers = new HashMap<>();
            bodies = new HashMap<>();
            fields = new HashMap<>();
        }
    }

    /** Whether documents' words are kept from one build to the next; false for {@code mvn package}'s. */
    boolean remembers() {
        return remembers;
    }

    /**
     * Hands over the postings kept from the last build, made from {@link #keptWords}, for the caller to
     * update: they are forgotten here until {@link #keepPostings} (a build that fails half way leaves none).
     */
    SearchIndex.Postings takePostings() {
        SearchIndex.Postings postings = lastPostings;
        lastPostings = null;
        return postings;
    }

    List<DocumentWords> keptWords() {
        return lastWords;
    }

    /** The postings kept for the next build, left where they are (for tests). */
    SearchIndex.Postings keptPostings() {
        return lastPostings;
    }

    void keepPostings(SearchIndex.Postings postings, List<DocumentWords> madeFrom) {
        lastPostings = postings;
        lastWords = madeFrom;
    }

    private void forgetPostings() {
        lastPostings = null;
        lastWords = null;
    }

    /**
     * The words of {@code documents}, in their order: the known ones' from the last build, the others cut in
     * {@code ranges} contiguous ranges on every core, each with its own table, then numbered here.
     */
    List<DocumentWords> wordsOf(List<SearchDocument> documents, int ranges) {
        DocumentWords[] result = new DocumentWords[documents.size()];
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!remembers) {
                unknown.add(i);
                continue;
            }
            SearchDocument document = documents.get(i);
            int[] title = known(fieldsNow, fields, document.title());
            int[] meta = known(fieldsNow, fields, document.metaText());
            int[] body = known(bodiesNow, bodies, bodyKey(document));
            if (title != null && meta != null && body != null) {
                result[i] = new DocumentWords(title, meta, body);
            } else {
                unknown.add(i);
            }
        }
        int parts = Math.max(1, Math.min(ranges, unknown.size()));
        List<RangeWords> cut = IntStream.range(0, parts).parallel()
                .mapToObj(part -> RangeWords.of(documents, unknown.subList(unknown.size() * part / parts,
                        unknown.size() * (part + 1) / parts)))
                .toList();
        for (RangeWords range : cut) {
            int[] numbers = new int[range.words.size()];
            for (int local = 0; local < numbers.length; local++) {
                numbers[local] = number(range.words.get(local), range.stems.get(local));
            }
            for (int j = 0; j < range.documents.size(); j++) {
                int i = range.documents.get(j);
                SearchDocument document = documents.get(i);
                DocumentWords local = range.result.get(j);
                DocumentWords words = new DocumentWords(renumber(local.title(), numbers), renumber(local.meta(), numbers),
                        renumber(local.body(), numbers));
                if (remembers) {
                    fieldsNow.put(document.title(), words.title());
                    fieldsNow.put(document.metaText(), words.meta());
                    bodiesNow.put(bodyKey(document), words.body());
                }
                result[i] = words;
            }
        }
        return Arrays.asList(result);
    }

    private static <K> int[] known(Map<K, int[]> now, Map<K, int[]> before, K key) {
        int[] numbers = now.get(key);
        if (numbers == null) {
            numbers = before.get(key);
            if (numbers != null) {
                now.put(key, numbers);
            }
        }
        return numbers;
    }

    /** Bodies come with their distinct words cut at parse time; else (a document made elsewhere) from their text. */
    private static Digest bodyKey(SearchDocument document) {
        StoredText words = document.bodyWords();
        // A text's words and a word list differ: the two kinds of key must not meet.
        return words != null ? words.digest() : Digest.of("text:" + document.bodyText().digest());
    }

    private int number(String word, String stem) {
        Integer known = wordNumbers.get(word);
        if (known != null) {
            return known;
        }
        int number = words.size();
        words.add(word);
        wordNumbers.put(word, number);
        if (number == stemOfWord.length) {
            stemOfWord = Arrays.copyOf(stemOfWord, 2 * number);
        }
        stemOfWord[number] = stemNumbers.computeIfAbsent(stem, s -> {
            stems.add(s);
            return stems.size() - 1;
        });
        return number;
    }

    private static int[] renumber(int[] local, int[] numbers) {
        int[] global = new int[local.length];
        for (int i = 0; i < local.length; i++) {
            global[i] = numbers[local[i]];
        }
        return global;
    }

    /** The words of some documents, numbered in a table of their own ({@code words}, with their stems). */
    private static final class RangeWords {
        final List<Integer> documents;
        final List<DocumentWords> result = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        final List<String> stems = new ArrayList<>();
        private final WordTable table = new WordTable();
        private final EnglishStems stemmer = new EnglishStems();

        private RangeWords(List<Integer> documents) {
            this.documents = documents;
        }

        static RangeWords of(List<SearchDocument> all, List<Integer> documents) {
            RangeWords range = new RangeWords(documents);
            for (int i : documents) {
                SearchDocument document = all.get(i);
                range.result.add(new DocumentWords(range.distinct(SearchWords.words(document.title())),
                        range.distinct(SearchWords.words(document.metaText())), range.body(document.distinctBodyWords())));
            }
            return range;
        }

        private int[] distinct(List<String> fieldWords) {
            int[] numbers = new int[fieldWords.size()];
            int count = 0;
            for (String word : fieldWords) {
                int number = numberOf(word.toCharArray(), 0, word.length());
                if (!contains(numbers, count, number)) {
                    numbers[count++] = number;
                }
            }
            return Arrays.copyOf(numbers, count);
        }

        private static boolean contains(int[] numbers, int count, int number) {
            for (int i = 0; i < count; i++) {
                if (numbers[i] == number) {
                    return true;
                }
            }
            return false;
        }

        /** The words of a body, distinct and separated by spaces, looked up where they stand in the text. */
        private int[] body(String distinctWords) {
            char[] text = distinctWords.toCharArray();
            int[] numbers = new int[16];
            int count = 0;
            for (int start = 0; start < text.length; ) {
                int end = start;
                while (end < text.length && text[end] != ' ') {
                    end++;
                }
                if (end > start) {
                    if (count == numbers.length) {
                        numbers = Arrays.copyOf(numbers, 2 * count);
                    }
                    numbers[count++] = numberOf(text, start, end);
                }
                start = end + 1;
            }
            return Arrays.copyOf(numbers, count);
        }

        /** The number of the word {@code text[start, end)} in this range, given (with its stem) the first time it is met. */
        private int numberOf(char[] text, int start, int end) {
            int number = table.get(text, start, end);
            if (number < 0) {
                String word = new String(text, start, end - start);
                number = words.size();
                words.add(word);
                stems.add(stemmer.stem(word));
                table.put(word, number);
            }
            return number;
        }
    }

    /**
     * Numbers by folded word, in an open-addressing table that is asked for a word standing in a longer text
     * ({@link #get}): the index meets each body's words as one string, and cutting it into millions of
     * short-lived strings cost more than the lookups themselves. Chars, not strings, for speed under C1
     * (see {@code .mvn/jvm.config}).
     */
    private static final class WordTable {
        private char[][] words = new char[1 << 14][];
        private int[] numbers = new int[1 << 14];
        private int size;

        /** The word's number, or -1. */
        int get(char[] text, int start, int end) {
            int mask = words.length - 1;
            for (int slot = hash(text, start, end) & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    return -1;
                }
                if (Arrays.equals(word, 0, word.length, text, start, end)) {
                    return numbers[slot];
                }
            }
        }

        /** Adds a word not in the table yet. */
        void put(String word, int number) {
            if (2 * (size + 1) > words.length) {
                char[][] oldWords = words;
                int[] oldNumbers = numbers;
                words = new char[oldWords.length * 2][];
                numbers = new int[oldWords.length * 2];
                for (int i = 0; i < oldWords.length; i++) {
                    if (oldWords[i] != null) {
                        insert(oldWords[i], oldNumbers[i]);
                    }
                }
            }
            insert(word.toCharArray(), number);
            size++;
        }

        private void insert(char[] word, int number) {
            int mask = words.length - 1;
            int slot = hash(word, 0, word.length) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            numbers[slot] = number;
        }

        private static int hash(char[] text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text[i];
            }
            return hash ^ (hash >>> 16);
        }
    }
}
