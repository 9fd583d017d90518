package news.editorials.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Other English forms of a word, guessed by spelling ("tariffs" from "tariff", "tariff" from "tariffs",
 * "trading" from "trade"), for the vocabulary. The browser has no stemmer: it can only find a query word that
 * the vocabulary lists, so a word the site never uses in that form ("bridges" on a site that only says
 * "bridge") would find nothing. The vocabulary therefore also lists these guesses, each kept only when the
 * stemmer gives it the same stem as the site's word: the stemmer, not this spelling list, decides what matches.
 */
final class WordForms {
    /** Shorter words are too often abbreviations or numbers to inflect. */
    private static final int MIN_LENGTH = 3;

    private WordForms() {
    }

    static Set<String> guesses(String word) {
        Set<String> forms = new LinkedHashSet<>();
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return forms;
        }
        char last = word.charAt(word.length() - 1);
        forms.add(word + "s");
        forms.add(word + "es");
        forms.add(word + "ed");
        forms.add(word + "ing");
        if (last == 'e') {
            forms.add(word + "d");
            forms.add(word.substring(0, word.length() - 1) + "ing");
        }
        if (last == 'y') {
            String stem = word.substring(0, word.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        }
        if (isConsonant(last) && !isConsonant(word.charAt(word.length() - 2))) {
            forms.add(word + last + "ed");
            forms.add(word + last + "ing");
        }
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        for (String ending : new String[] {"s", "es", "ed", "d", "ing"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_LENGTH) {
                forms.add(word.substring(0, word.length() - ending.length()));
            }
        }
        if (word.endsWith("ing") && word.length() > MIN_LENGTH + 3) {
            forms.add(word.substring(0, word.length() - 3) + "e");
        }
        forms.remove(word);
        return forms;
    }

    private static boolean isConsonant(char c) {
        return "aeiouy".indexOf(c) < 0;
    }
}
