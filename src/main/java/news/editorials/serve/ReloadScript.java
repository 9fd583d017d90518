package news.editorials.serve;

import java.util.Locale;

/**
 * The one-line script the preview server adds to every HTML page it serves (never to baked files): it
 * listens to the server's event stream and reloads the page on a {@code reload} event. The page's build id
 * goes with the request, so a page baked before the stream connected (or by an earlier server) reloads at once.
 */
final class ReloadScript {
    /** Path of the server-sent-events stream. */
    static final String EVENTS_PATH = "/__preview/events";

    private ReloadScript() {
    }

    /** The script element for pages of build {@code buildId} (letters, digits and dots only). */
    static String tag(String buildId) {
        return "<script>new EventSource(\"" + EVENTS_PATH + "?build=" + buildId
                + "\").addEventListener(\"reload\",function(){location.reload()})</script>";
    }

    /** {@code html} with {@code tag} before its closing body tag, or at the end when it has none. */
    static String inject(String html, String tag) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + tag : html.substring(0, body) + tag + "\n" + html.substring(body);
    }
}
