package news.editorials.bake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The bake as {@code mvn package} runs it: {@code BakeMain PROJECT_DIR OUTPUT_DIR}.
 *
 * <p>System properties: {@code site.content} bakes another content folder (the benchmark's), with its
 * images from {@code site.images} and their resized variants cached in {@code site.image_cache};
 * {@code site.drafts=true} includes drafts; {@code site.clean=true} ignores the bake cache (see
 * {@link news.editorials.cache.BakeCache}); {@code site.now=YYYY-MM-DD} bakes as of that day (editorials dated
 * after it are scheduled and left out) instead of today in {@code site.timezone}. Warnings go to standard error; progress on long bakes to
 * standard output unless Maven runs quietly ({@code -q}) or {@code site.quiet=true}.
 */
public final class BakeMain {
    private BakeMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BakeMain PROJECT_DIR OUTPUT_DIR");
        }
        Path project = Path.of(args[0]);
        BakeRequest request = BakeRequest.of(project, Path.of(args[1]))
                .withDrafts(Boolean.getBoolean("site.drafts"))
                .withClean(Boolean.getBoolean("site.clean"));
        String now = System.getProperty("site.now", "");
        if (!now.isBlank()) {
            try {
                request = request.asOf(LocalDate.parse(now.strip()));
            } catch (DateTimeParseException e) {
                System.err.println("ERROR -Dsite.now must be a calendar date like 2025-08-02, not '" + now + "'");
                throw new IllegalArgumentException("-Dsite.now must be a calendar date like 2025-08-02, not '" + now + "'", e);
            }
        }
        String content = System.getProperty("site.content", "");
        if (!content.isBlank()) {
            request = request.withContentDir(Path.of(content));
        }
        String images = System.getProperty("site.images", "");
        if (!images.isBlank()) {
            request = request.withImagesDir(Path.of(images));
        }
        String imageCache = System.getProperty("site.image_cache", "");
        if (!imageCache.isBlank()) {
            request = request.withImageCacheDir(Path.of(imageCache));
        }
        boolean quiet = Boolean.getBoolean("site.quiet") || mavenIsQuiet();
        try {
            BakeReport report = SiteBaker.bake(request, quiet ? null : System.out);
            report.warnings().forEach(warning -> System.err.println("WARNING " + warning));
            if (!quiet) {
                System.out.printf("Baked %d documents (%d scheduled, left out) into %d pages in %s in %.1f s (%s); %s%n",
                        report.documents(), report.scheduled(), report.pages(), report.outputDir(),
                        report.millis() / 1000.0, report.describePhases(), report.cache());
            }
        } catch (BakeException e) {
            e.problems().forEach(problem -> System.err.println("ERROR " + problem));
            throw e;
        }
    }

    /** The bake runs inside Maven's JVM; Maven's launcher exports its command line, {@code -q} included. */
    private static boolean mavenIsQuiet() {
        String args = System.getenv().getOrDefault("MAVEN_CMD_LINE_ARGS", "");
        return (" " + args + " ").matches(".*\\s(-q|--quiet)\\s.*");
    }
}
