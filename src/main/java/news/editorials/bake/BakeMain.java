package news.editorials.bake;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bake as {@code mvn package} runs it: {@code BakeMain PROJECT_DIR OUTPUT_DIR}.
 *
 * <p>System properties: {@code site.content} bakes another content folder (the benchmark's), with its
 * images from {@code site.images} and their resized variants cached in {@code site.image_cache};
 * {@code site.drafts=true} includes drafts; {@code site.clean=true} ignores the bake cache (see
 * {@link news.editorials.cache.BakeCache}); {@code site.now=YYYY-MM-DD} bakes as of that day (editorials dated
 * after it are scheduled and left out) instead of today in {@code site.timezone}. Warnings go to standard error; progress on long bakes to
 * standard output unless Maven runs quietly ({@code -q}) or {@code site.quiet=true}.
 *
 * <p>{@code site.daemon=true} bakes in the project's bake daemon, a JVM kept warm between bakes, started if
 * none runs ({@link BakeDaemon}); {@code site.daemon=stop} stops it.
 */
public final class BakeMain {
    /** The system properties a bake reads (the daemon is sent them: it has its own). */
    static final List<String> SETTINGS = List.of("site.content", "site.images", "site.image_cache", "site.drafts",
            "site.clean", "site.now", "site.quiet");

    private BakeMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BakeMain PROJECT_DIR OUTPUT_DIR");
        }
        Map<String, String> settings = new TreeMap<>();
        for (String name : SETTINGS) {
            String value = System.getProperty(name);
            if (value != null) {
                settings.put(name, value);
            }
        }
        if (mavenIsQuiet()) {
            settings.put("site.quiet", "true");
        }
        String daemon = System.getProperty("site.daemon", "false").strip().toLowerCase(Locale.ROOT);
        Path project = Path.of(args[0]);
        switch (daemon) {
            case "stop" -> BakeDaemonClient.stop(project, System.out);
            case "true", "" -> {
                if (!BakeDaemonClient.bake(project, Path.of(args[1]), settings, System.out, System.err)) {
                    bake(project, Path.of(args[1]), settings, System.out, System.err);
                }
            }
            case "false" -> bake(project, Path.of(args[1]), settings, System.out, System.err);
            default -> {
                System.err.println("ERROR -Dsite.daemon must be true, false or stop, not '" + daemon + "'");
                throw new IllegalArgumentException("-Dsite.daemon must be true, false or stop, not '" + daemon + "'");
            }
        }
    }

    /**
     * One bake with the given {@link #SETTINGS}, printing as {@link #main} does.
     *
     * @throws BakeException  when the site has problems (each already printed to {@code err})
     * @throws InvalidSetting when a setting is not one (also printed already)
     */
    static void bake(Path project, Path output, Map<String, String> settings, PrintStream out, PrintStream err) {
        BakeRequest request = BakeRequest.of(project, output)
                .withDrafts(Boolean.parseBoolean(settings.get("site.drafts")))
                .withClean(Boolean.parseBoolean(settings.get("site.clean")));
        String now = settings.getOrDefault("site.now", "");
        if (!now.isBlank()) {
            try {
                request = request.asOf(LocalDate.parse(now.strip()));
            } catch (DateTimeParseException e) {
                err.println("ERROR -Dsite.now must be a calendar date like 2025-08-02, not '" + now + "'");
                throw new InvalidSetting("-Dsite.now must be a calendar date like 2025-08-02, not '" + now + "'", e);
            }
        }
        String content = settings.getOrDefault("site.content", "");
        if (!content.isBlank()) {
            request = request.withContentDir(Path.of(content));
        }
        String images = settings.getOrDefault("site.images", "");
        if (!images.isBlank()) {
            request = request.withImagesDir(Path.of(images));
        }
        String imageCache = settings.getOrDefault("site.image_cache", "");
        if (!imageCache.isBlank()) {
            request = request.withImageCacheDir(Path.of(imageCache));
        }
        boolean quiet = Boolean.parseBoolean(settings.get("site.quiet"));
        try {
            BakeReport report = SiteBaker.bake(request, quiet ? null : out);
            report.warnings().forEach(warning -> err.println("WARNING " + warning));
            if (!quiet) {
                out.printf("Baked %d documents (%d scheduled, left out) into %d pages in %s in %.1f s (%s); %s%n",
                        report.documents(), report.scheduled(), report.pages(), report.outputDir(),
                        report.millis() / 1000.0, report.describePhases(), report.cache());
            }
        } catch (BakeException e) {
            e.problems().forEach(problem -> err.println("ERROR " + problem));
            throw e;
        }
    }

    /** A setting that is not one; an {@code IllegalArgumentException}, as before there was a daemon to tell it apart. */
    static final class InvalidSetting extends IllegalArgumentException {
        InvalidSetting(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The bake runs inside Maven's JVM; Maven's launcher exports its command line, {@code -q} included. */
    private static boolean mavenIsQuiet() {
        String args = System.getenv().getOrDefault("MAVEN_CMD_LINE_ARGS", "");
        return (" " + args + " ").matches(".*\\s(-q|--quiet)\\s.*");
    }
}
