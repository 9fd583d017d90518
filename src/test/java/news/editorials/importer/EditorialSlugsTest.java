package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditorialSlugsTest {
    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Pakistan-US cooperation | - | - | pakistan-us-cooperation
            General Introduction | The Federalist | 1 | federalist-1-general-introduction
            The Same Subject Continued (The Union as a Safeguard Against Domestic Faction and Insurrection) | The Federalist | 10 | federalist-10-the-union-as-a-safeguard-against-domestic-faction-and-insurrection
            The Same Subject Continued, and Re-Eligibility of the Executive Considered | The Federalist | 72 | federalist-72-the-same-subject-continued-and-re-eligibility-of-the-executive
            Concerning the Difficulties of the Convention in Devising a Proper Form of Government | The Federalist | 37 | federalist-37-concerning-the-difficulties-of-the-convention-in-devising-a-proper
            Trump’s “deal” & the markets | - | - | trumps-deal-the-markets
            An Old Whig No. III | An Old Whig | 3 | an-old-whig-3
            An Old Whig, No. 3 | An Old Whig | 3 | an-old-whig-3
            The Federalist No. 10 | The Federalist | 10 | federalist-10
            An Old Whig No. IV | An Old Whig | 3 | an-old-whig-3-no-iv
            Centinel No. 2: On the Senate | Centinel | 2 | centinel-2-on-the-senate
            Letters of Centinel | Centinel | 5 | centinel-5-letters
            Whiggery and its discontents | An Old Whig | 1 | an-old-whig-1-whiggery-and-its-discontents
            Federalism defended | The Federalist | 12 | federalist-12-federalism-defended
            """)
    void slugFollowsTheRule(String title, String series, Integer number, String expected) {
        String slug = EditorialSlugs.slug(title, series, number);

        assertEquals(expected, slug);
        assertTrue(slug.length() <= EditorialSlugs.MAX_LENGTH);
    }

    @org.junit.jupiter.api.Test
    void aLongSlugIsCutAtAWordAndLosesADanglingSmallWord() {
        String longSlug = "a".repeat(70) + "-bbbb-and-cccccccccc";

        assertEquals("a".repeat(70) + "-bbbb", EditorialSlugs.shorten(longSlug));
    }
}
