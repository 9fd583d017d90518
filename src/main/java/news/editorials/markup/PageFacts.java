package news.editorials.markup;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import news.editorials.images.ResponsiveImage;

/**
 * What the renderers need to know about one page beyond its syntax tree: heading ids, table labels, images
 * and where the page is. Worked out before rendering and kept in the flexmark document, because the parser
 * and renderer are shared by every thread of the bake.
 */
final class PageFacts {
    static final DataKey<PageFacts> KEY = new DataKey<>("EDITORIAL_PAGE_FACTS", new PageFacts(""));

    /** The way from the page back to the site's root ({@code ../../../}), for images' relative URLs. */
    final String rootPath;
    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Map<Node, String> tableLabels = new IdentityHashMap<>();
    final Map<Node, ResponsiveImage> images = new IdentityHashMap<>();
    /** Paragraphs that hold nothing but an image, rendered as figures. */
    final Set<Node> figures = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The image in the page's first block, if any: loaded at once rather than lazily. */
    Node topImage;

    PageFacts(String rootPath) {
        this.rootPath = rootPath;
    }

    static PageFacts of(Document document) {
        return KEY.get(document);
    }
}
