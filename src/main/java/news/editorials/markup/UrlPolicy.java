package news.editorials.markup;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import news.editorials.content.ContentException;

/**
 * The addresses a Markdown link or image may have: the web, e-mail, telephone, or a path in this site.
 * {@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} and every other scheme fail the bake:
 * browsers run or open them in ways a reader does not expect from a link in an article.
 */
final class UrlPolicy {
    static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private UrlPolicy() {
    }

    /** @throws ContentException at the first link, image or link definition with another scheme */
    static void check(Path file, SourceLines lines, Node document) {
        for (Node node : document.getDescendants()) {
            String url;
            if (node instanceof LinkNodeBase link) {
                // Links, images, <autolinks>, bare URLs and link definitions alike.
                url = link.getUrl().unescape();
            } else {
                continue;
            }
            String scheme = scheme(url);
            if (scheme != null && !SCHEMES.contains(scheme)) {
                throw new ContentException(file, lines.of(node), "the address \""
                        + abbreviate(url) + "\" uses " + scheme + ":, which is not allowed: link to an http(s),"
                        + " mailto: or tel: address or a page of this site, and put images in assets/images/");
            }
        }
    }

    /**
     * The scheme as a browser reads it, lower case, or {@code null} for a relative address. Browsers ignore
     * tabs and newlines anywhere and control characters and spaces at the start, so {@code " java\tscript:"}
     * is a {@code javascript:} link.
     */
    static String scheme(String url) {
        StringBuilder cleaned = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (cleaned.length() == 0 && c <= ' ')) {
                continue;
            }
            cleaned.append(c);
        }
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == ':') {
                return i > 0 ? cleaned.substring(0, i).toLowerCase(Locale.ROOT) : null;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return null;
            }
        }
        return null;
    }

    private static String abbreviate(String url) {
        return url.length() <= 60 ? url : url.substring(0, 60) + "...";
    }
}
