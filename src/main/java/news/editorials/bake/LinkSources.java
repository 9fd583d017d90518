package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;
import news.editorials.markup.SourceLink;

/** The Markdown file a page's body came from, and the line of each link and image in it. */
record LinkSources(Path markdownFile, List<SourceLink> links) {

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
