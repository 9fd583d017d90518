package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineMarkdownTest {
    private final InlineMarkdown inline = new InlineMarkdown();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "The *wrong* figure                | The <em>wrong</em> figure",
            "See [the report](https://x.org/r) | See <a href=\"https://x.org/r\">the report</a>",
            "It's `a<b`                        | It&rsquo;s <code>a&lt;b</code>",
            "1. The figure was wrong           | 1. The figure was wrong",
            "- not a list                      | - not a list",
            "# not a heading                   | # not a heading",
            "> not a quote                     | &gt; not a quote",
            "<script>alert(1)</script>         | &lt;script&gt;alert(1)&lt;/script&gt;",
            "<b>bold</b> & co                  | &lt;b&gt;bold&lt;/b&gt; &amp; co",
            "[x](javascript:alert(1))          | x"})
    void rendersInlineMarkdownOnlyWithHtmlEscaped(String markdown, String html) {
        assertEquals(html, inline.render(markdown));
    }

    @org.junit.jupiter.api.Test
    void joinsParagraphsIntoOneLine() {
        assertEquals("One. Two.", inline.render("One.\n\nTwo."));
    }
}
