package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.editorials.markup.EditorialMarkdownEngine;
import news.editorials.markup.SourceLink;

/** The Markdown file a page's body came from, and the line of each link and image in it. */
record LinkSources(Path markdownFile, List<SourceLink> links) {

    /** From a parsed document (fresh or from the bake cache), which lists its body's links. */
    static LinkSources of(Path markdownFile, Map<String, Object> document) {
        return new LinkSources(markdownFile, EditorialMarkdownEngine.bodyLinks(document));
    }

    /** The line the link was written on, or 0 if the page's template wrote it. */
    int lineOf(String url) {
        for (SourceLink link : links) {
            if (link.url().equals(url)) {
                return link.line();
            }
        }
        return 0;
    }
}
