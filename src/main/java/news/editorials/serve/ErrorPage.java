package news.editorials.serve;

import java.util.List;

/** The page served for every HTML request while the last bake failed: the problems, each naming its file. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(List<String> problems, String reloadTag) {
        StringBuilder out = new StringBuilder(512);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Preview: bake failed</title>\n")
                .append("<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}")
                .append("li{margin:.5rem 0}code{white-space:pre-wrap;word-break:break-word}</style>\n")
                .append("</head>\n<body>\n<h1>The preview could not be baked</h1>\n<p>")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(". Fix and save: this page reloads by itself.</p>\n<ul class=\"problems\">\n");
        for (String problem : problems) {
            out.append("<li><code>").append(escape(problem)).append("</code></li>\n");
        }
        return out.append("</ul>\n").append(reloadTag).append("\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
