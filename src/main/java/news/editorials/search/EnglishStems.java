package news.editorials.search;

import java.util.HashMap;
import java.util.Map;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English stems of folded words, by the Snowball English ("Porter2") algorithm as maintained in Lucene, so
 * that "tariff" and "tariffs", "elect" and "elected" meet. Stemming happens only at bake time: the browser
 * looks a query word up in the vocabulary, which maps every word of the site to its stem, and needs no stemmer.
 *
 * <p>Why Porter2 rather than Lucene's plural-only {@code EnglishMinimalStemmer}: readers search a news archive
 * with verbs and nouns in any form ("tax", "taxes", "taxing"); Porter2 is what Pagefind and Lucene's English
 * analysis use for the same job. Not thread-safe (Snowball stemmers keep state): one per thread.
 */
final class EnglishStems {
    private final EnglishStemmer stemmer = new EnglishStemmer();
    /** A site's words repeat endlessly; each distinct word is stemmed once. */
    private final Map<String, String> cache = new HashMap<>();

    String stem(String foldedWord) {
        return cache.computeIfAbsent(foldedWord, word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }
}
