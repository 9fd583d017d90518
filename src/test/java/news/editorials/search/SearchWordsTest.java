package news.editorials.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Café, cafe",
            "CAFÉ, cafe",
            "naïve, naive",
            "Straße, strasse",
            "Ærø, aero",
            "don't, dont",
            "won\u2019t, wont",
            "Hamilton's, hamilton",
            "Hamilton\u2019s, hamilton",
            "ﬁnance, finance",
            "1787, 1787",
    })
    void foldsCaseAccentsLigaturesAndApostrophes(String word, String folded) {
        assertEquals(folded, SearchWords.fold(word));
    }

    @Test
    void cutsTextIntoFoldedWordsKeepingRepeats() {
        assertEquals(List.of("the", "cafe", "tariffs", "the", "cafe", "dont", "1787"),
                SearchWords.words("The café’s — \u201ctariffs\u201d, the CAFE! Don't (1787)"));
    }

    @Test
    void theScannerCutsExactlyWhatThePatternTheBrowserUsesMatches() {
        String text = "L’État's “naïve” café́ -- don't 'quoted' rock'n'roll x'' 1,787.50 ½ Ⅷ "
                + "नमस्ते 中文 𝐀bc ﬁ À́b _under_score e-mail o''clock";
        java.util.regex.Matcher matcher = SearchWords.WORD.matcher(text);
        List<String> expected = new java.util.ArrayList<>();
        while (matcher.find()) {
            expected.add(SearchWords.fold(matcher.group()));
        }
        assertEquals(expected, SearchWords.words(text));
        assertEquals(23, expected.size(), expected.toString());
        assertEquals("abc", expected.get(14), "a mathematical bold capital decomposes to a capital, then lower-cased");
    }

    @Test
    void decomposedAccentsStayInTheirWord() {
        assertEquals(List.of("cafe", "au", "lait"), SearchWords.words("cafe\u0301 au lait"));
    }

    @Test
    void dropsOverlongRunsAndNothingElse() {
        assertEquals(List.of("a", "b"), SearchWords.words("a " + "x".repeat(SearchWords.MAX_LENGTH + 1) + " b"));
        assertEquals(List.of(), SearchWords.words(null));
    }
}
