package news.editorials.serve;

import java.util.Locale;

/**
 * The script the preview server adds to every HTML page it serves (never to baked files): it listens to the
 * server's event stream and reloads the page on a {@code reload} event. The page's build id goes with the
 * request, so a page baked before the stream connected (or by an earlier server) reloads at once.
 *
 * <p>It is an external script ({@value #SCRIPT_PATH}, served by the preview) with the build id in a data
 * attribute, not an inline one: the pages' Content-Security-Policy allows scripts from the site only, and
 * an inline script would need its hash in every page's policy.
 */
final class ReloadScript {
    /** Path of the server-sent-events stream. */
    static final String EVENTS_PATH = "/__preview/events";
    /** Path the script itself is served from. */
    static final String SCRIPT_PATH = "/__preview/reload.js";
    /** The script: reads its page's build id from its own element. */
    static final String SOURCE = "(function(script){new EventSource(\"" + EVENTS_PATH
            + "?build=\"+encodeURIComponent(script.dataset.build)).addEventListener(\"reload\","
            + "function(){location.reload()})})(document.currentScript);\n";

    private ReloadScript() {
    }

    /** The script element for pages of build {@code buildId} (letters, digits and dots only). */
    static String tag(String buildId) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + buildId + "\"></script>";
    }

    /** {@code html} with {@code tag} before its closing body tag, or at the end when it has none. */
    static String inject(String html, String tag) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + tag : html.substring(0, body) + tag + "\n" + html.substring(body);
    }
}
