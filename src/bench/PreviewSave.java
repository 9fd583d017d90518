import java.io.IOException;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.editorials.bake.BakeRequest;
import news.editorials.serve.LivePreview;

/**
 * Benchmark driver for the live preview: starts it on a content folder, then saves one editorial several
 * times and measures, for each save, the time until the preview serves the page with the new text. It does
 * what the browser does: it listens to the preview's event stream and fetches the page once on each
 * {@code reload} event (an earlier version polled the page every 5 ms, and those hundreds of requests a
 * second competed with the bake for the machine's two cores). Run by run.sh with the project's classes on
 * the classpath:
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
            BlockingQueue<String> reloads = reloadEvents(http, live.uri(), buildOf(get(http, uri)));
            int total = later > 0 ? Math.max(WARM_UP + saves, later) + saves : WARM_UP + saves;
            for (int i = 0; i < total; i++) {
                String marker = "Benchmark save " + System.nanoTime();
                reloads.clear();
                long saved = System.nanoTime();
                Files.writeString(editorial, original + "\n" + marker + ".\n");
                // A reload that does not show the save yet (a bake that began before it) is followed by another.
                do {
                    if (reloads.poll(120, TimeUnit.SECONDS) == null) {
                        throw new IllegalStateException("the preview never reloaded for save " + i + "; its log:\n" + log);
                    }
                } while (!get(http, uri).contains(marker));
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

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The build id the preview's reload script carries in a served page. */
    private static String buildOf(String html) {
        Matcher build = Pattern.compile("data-build=\"([^\"]+)\"").matcher(html);
        if (!build.find()) {
            throw new IllegalStateException("no reload script in the served page");
        }
        return build.group(1);
    }

    /**
     * Opens the preview's event stream as the reload script does (with the page's build id, so no reload is
     * sent for a bake the page already shows) and queues the data of each {@code reload} event.
     */
    private static BlockingQueue<String> reloadEvents(HttpClient http, URI root, String build) {
        BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
        HttpRequest events = HttpRequest.newBuilder(root.resolve("/__preview/events?build=" + build)).build();
        http.sendAsync(events, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            String[] event = {""};
            response.body().forEach(line -> {
                if (line.startsWith("event: ")) {
                    event[0] = line.substring("event: ".length());
                } else if (line.startsWith("data: ") && event[0].equals("reload")) {
                    reloads.add(line.substring("data: ".length()));
                } else if (line.isEmpty()) {
                    event[0] = "";
                }
            });
        });
        return reloads;
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return "median " + median + " min " + sorted.get(0) + " max " + sorted.get(sorted.size() - 1);
    }
}
