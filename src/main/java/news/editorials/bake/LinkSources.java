package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.editorials.markup.EditorialMarkdownEngine;
import news.editorials.markup.SourceLink;

/**
 * The Markdown file a page's body came from, and the line of each link and image in it: the document's own
 * record of them ({@link SourceLink#recorded()}), read only when a link is broken. A bake holds one for every
 * editorial with a link; as objects they were about 600 bytes an editorial, 60 MB at 100,000.
 */
record LinkSources(Path markdownFile, List<String> recordedLinks) {

    /** From a parsed document (fresh or from the bake cache), which lists its body's links. */
    static LinkSources of(Path markdownFile, Map<String, Object> document) {
        return new LinkSources(markdownFile, EditorialMarkdownEngine.recordedBodyLinks(document));
    }

    /** The line the link was written on, or 0 if the page's template wrote it. */
    int lineOf(String url) {
        for (String recorded : recordedLinks) {
            SourceLink link = SourceLink.fromRecorded(recorded);
            if (link.url().equals(url)) {
                return link.line();
            }
        }
        return 0;
    }
}
