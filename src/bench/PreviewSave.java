import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.bake.BakeRequest;
import news.editorials.serve.LivePreview;

/**
 * Benchmark driver for the live preview: starts it on a content folder, then saves one editorial several
 * times and measures, for each save, the time until the preview serves the page with the new text (what a
 * browser reloading on the preview's event gets). Run by run.sh with the project's classes on the classpath:
 *
 * <pre>java -cp target/classes:DEPS src/bench/PreviewSave.java PROJECT CONTENT PREVIEW_DIR [SAVES [LATER]]</pre>
 *
 * Prints "preview save-to-page ms: median M min A max B (N saves after W warm-up)": the first saves of a
 * session. With LATER, it then saves on until LATER saves have been made and measures SAVES more, printed as
 * "preview save-to-page ms after LATER saves: ...": the preview's JVM compiles its hottest code over the
 * first dozen or two saves, so a maintainer's later saves are faster than the first ones.
 */
public class PreviewSave {
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path content = Path.of(args[1]);
        Path preview = Path.of(args[2]);
        int saves = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int later = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Path editorial;
        try (Stream<Path> files = Files.walk(content.resolve("editorials"))) {
            editorial = files.filter(f -> f.toString().endsWith(".md")).sorted(Collections.reverseOrder()).findFirst().orElseThrow();
        }
        String relative = content.relativize(editorial).toString().replace('\\', '/');
        String page = relative.substring(0, relative.length() - ".md".length()) + "/";
        String original = Files.readString(editorial);
        StringWriter log = new StringWriter();
        HttpClient http = HttpClient.newHttpClient();
        List<Long> millis = new ArrayList<>();
        List<Long> laterMillis = new ArrayList<>();
        try (LivePreview live = LivePreview.start(BakeRequest.of(project, preview).withContentDir(content).withDrafts(true),
                0, new PrintWriter(log, true), new PrintWriter(System.err, true))) {
            URI uri = live.uri().resolve(page);
            int total = later > 0 ? Math.max(WARM_UP + saves, later) + saves : WARM_UP + saves;
            for (int i = 0; i < total; i++) {
                String marker = "Benchmark save " + System.nanoTime();
                long saved = System.nanoTime();
                Files.writeString(editorial, original + "\n" + marker + ".\n");
                while (!http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                    if (System.nanoTime() - saved > 120_000_000_000L) {
                        throw new IllegalStateException("the preview never showed save " + i + "; its log:\n" + log);
                    }
                    Thread.sleep(5);
                }
                long took = (System.nanoTime() - saved) / 1_000_000;
                if (i >= WARM_UP && i < WARM_UP + saves) {
                    millis.add(took);
                } else if (later > 0 && i >= total - saves) {
                    laterMillis.add(took);
                }
            }
        } finally {
            Files.writeString(editorial, original);
        }
        System.out.println("preview save-to-page ms: " + summary(millis) + " (" + saves + " saves after " + WARM_UP
                + " warm-up; in order " + millis + ")");
        if (later > 0) {
            int before = Math.max(WARM_UP + saves, later);
            System.out.println("preview save-to-page ms after " + before + " saves: " + summary(laterMillis)
                    + " (in order " + laterMillis + ")");
        }
        System.out.print(log);
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return "median " + median + " min " + sorted.get(0) + " max " + sorted.get(sorted.size() - 1);
    }
}
