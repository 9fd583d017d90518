package news.editorials.bake;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Predicate;
import news.editorials.cache.BakeCache;
import news.editorials.cache.BuildInputs;
import news.editorials.cache.FileDigests;
import news.editorials.cache.OutputRecord;
import news.editorials.content.ContentFiles;
import news.editorials.images.ImageLibrary;
import news.editorials.markup.EditorialMarkdownEngine;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.jbake.app.JBakeException;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Bakes a site with JBake's {@link Oven}, given our own utensils: an in-memory store, a parallel crawler,
 * our Markdown engine and rendering tools (see {@code META-INF/services}).
 *
 * <pre>{@code
 * BakeReport report = SiteBaker.bake(BakeRequest.of(projectDir, projectDir.resolve("target/site")));
 * }</pre>
 *
 * <p>The output folder is replaced only when the whole bake succeeded; otherwise a {@link BakeException}
 * lists every problem and the previous output stays as it was.
 */
public final class SiteBaker {
    private SiteBaker() {
    }

    public static BakeReport bake(BakeRequest request) {
        return bake(request, null);
    }

    /**
     * Bakes with the cache kept beside the output folder ({@link BakeCache#folderFor}).
     *
     * @param progressOut where to print a progress line during long bakes, or {@code null} for none
     */
    public static BakeReport bake(BakeRequest request, PrintStream progressOut) {
        return bake(request, progressOut, BakeCache.onDisk(BakeCache.folderFor(request.outputDir())));
    }

    /**
     * Bakes with the given cache (the live preview keeps one in memory between bakes). Either way the new
     * site is staged whole beside the output and swapped in only when every gate has passed: a clean bake
     * renders and writes every page; an incremental one stages into the spare site the last swap kept
     * ({@link OutputSwap#spareFor}), rewriting only what differs there, or else writes new and changed files
     * and hard-links the unchanged ones from the live site.
     */
    public static BakeReport bake(BakeRequest request, PrintStream progressOut, BakeCache cache) {
        return bake(request, progressOut, cache, null);
    }

    /**
     * Bakes with the given cache, holding {@code outputChanges} (when not {@code null}) while the output folder
     * changes: the live preview's server takes its other side to read a file, so it never serves a mix of two
     * bakes, even when an incremental bake updates the folder in place ({@link BakeRequest#withInPlaceUpdates}).
     */
    public static BakeReport bake(BakeRequest request, PrintStream progressOut, BakeCache cache, Lock outputChanges) {
        try {
            return bakeOnce(request, progressOut, cache, outputChanges);
        } catch (RuntimeException e) {
            // A text read back from a damaged cache file may have reached a page: the failure (or the check
            // before the swap) is not the site's fault, and a clean bake reads nothing from the cache.
            if (request.clean() || cache.damage() == null) {
                throw e;
            }
            System.err.println("WARNING the bake cache is damaged (" + cache.damage() + "); baking again, clean");
            return bakeOnce(request.withClean(true), progressOut, cache, outputChanges);
        }
    }

    private static BakeReport bakeOnce(BakeRequest request, PrintStream progressOut, BakeCache cache, Lock outputChanges) {
        long start = System.nanoTime();
        // FreeMarker picks a logging library by probing the classpath, and finds log4j 1 in some test
        // classpaths; send it to SLF4J like the rest of JBake.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        OutputSwap swap = OutputSwap.prepare(request.outputDir());
        boolean done = false;
        try {
            DefaultJBakeConfiguration config = configure(request, swap);
            ImageLibrary images = new ImageLibrary(request.imagesDir(), request.imageCacheDir(), swap.staging(),
                    !request.imagesDir().startsWith(config.getAssetFolder().toPath().toAbsolutePath().normalize()));
            EditorialMarkdownEngine engine = new EditorialMarkdownEngine(images);
            // Our crawler calls the engine directly. It is also registered for ".md" in JBake's static
            // registry (here, not through the properties file, where the last jar on the classpath would
            // win), so JBake's own lookups by extension, such as its Parser, find ours too.
            Engines.register("md", engine);

            Progress progress = new Progress(progressOut);
            SiteOutput output = new SiteOutput(swap.staging(), request.outputDir(), cache);
            BakeStore store = new BakeStore(progress, output);
            SiteTemplateEngine templates = new SiteTemplateEngine(store, config);
            LocalDate day = dayOfBake(request, config);
            // The day decides what is published, but after parsing (the crawler) and so through the page
            // models, which the page fingerprints cover: a new day re-renders only what it changes.
            Path spare = OutputSwap.spareFor(request.outputDir());
            // The preview keeps the digests of the files the key hashes (the project's, templates, assets, its
            // classes, the content folder's other files) by their stamps.
            FileDigests digests = cache.keptBetweenBakes(FileDigests.class, FileDigests::new);
            // Listed once, for the key, the crawler and the asset copier: one snapshot of the folder.
            ContentFiles contentFiles = ContentFiles.list(config.getContentFolder().toPath().toAbsolutePath().normalize(),
                    config.getIgnoreFileName());
            cache.begin(BuildInputs.read(request.projectDir(), request.contentDir(),
                    contentFiles.outsideLinks(),
                    "drafts=" + request.includeDrafts(), templates.configModel(),
                    List.of(request.outputDir(), BakeCache.folderFor(request.outputDir()), swap.staging(), spare),
                    digests != null ? digests : FileDigests.none()),
                    request.clean(), request.outputDir(), spare);
            if (!request.inPlace() && !cache.spare().isEmpty() && swap.stageIntoSpare()) {
                output.reuse(cache.spare());
            } else if (!request.inPlace()) {
                swap.discardSpare();
            }
            ContentCrawler crawler = new ContentCrawler(store, config, contentFiles, engine, request.includeDrafts(), day, progress, cache);
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(crawler);
            utensils.setRenderer(new SiteRenderer(store, config, templates, output));
            utensils.setAsset(new SiteAssets(config, contentFiles, output));

            Oven oven = new Oven(utensils);
            oven.bake();
            progress.endPhase("render");
            ContentSecurityPolicy.writeHeaders(output);
            if (!oven.getErrors().isEmpty()) {
                List<String> problems = new ArrayList<>();
                for (Throwable error : oven.getErrors()) {
                    problems.addAll(List.of(String.valueOf(error.getMessage()).split("\n")));
                }
                throw new BakeException(problems);
            }
            if (cache.damage() != null) {
                throw new BakeException(List.of("the bake cache is damaged: " + cache.damage()));
            }
            boolean inPlace = request.inPlace() && cache.incremental();
            Map<String, OutputRecord> site = output.finish(!inPlace);
            List<String> brokenLinks = checkLinks(site, cache.previousOutputs(), basePath(config), crawler.linkSources());
            progress.endPhase("link check");
            if (!brokenLinks.isEmpty()) {
                throw new BakeException(brokenLinks);
            }
            boolean incremental = cache.incremental();
            Set<String> previous = new HashSet<>(cache.previousOutputs().keySet());
            String summary = incremental
                    ? String.format("incremental: %d pages rendered, %d files written, %d deleted%s", output.renderedCount(),
                            output.writtenCount(), previous.stream().filter(path -> !site.containsKey(path)).count(),
                            output.reusesSpare() ? ", staged in the spare site" : "")
                    : "clean (" + cache.why() + ")";
            cache.forgetOutputs();
            boolean spared = false;
            if (outputChanges != null) {
                outputChanges.lock();
            }
            try {
                if (inPlace) {
                    swap.commitInPlace(site.keySet(), previous);
                } else {
                    spared = swap.commit();
                }
            } finally {
                if (outputChanges != null) {
                    outputChanges.unlock();
                }
            }
            cache.finish(site, request.outputDir(), spared ? spare : null);
            progress.endPhase("swap");
            done = true;
            return new BakeReport(request.outputDir(), crawler.documentCount(), crawler.scheduledCount(),
                    progress.renderedCount(), (System.nanoTime() - start) / 1_000_000, crawler.warnings(),
                    progress.phaseMillis(), summary, images.encodedImages());
        } catch (JBakeException e) {
            throw new BakeException(e.getMessage(), e);
        } finally {
            if (!done) {
                abandonQuietly(swap);
                cache.abandon();
            }
        }
    }

    /**
     * The link gate over the whole new site, from what the bake scanned as it wrote (nothing is read back).
     * After an incremental bake in which no file went away and no page's ids changed, the pages whose bytes
     * are as the last bake (which passed this gate) left them still pass: a link can only break when its
     * target goes or loses an id, and a new file cannot take the place of an existing one (a path is a file
     * or a folder, never both). Then only new and changed pages are checked; otherwise every page is.
     *
     * @param previous what the last bake wrote, by site path (empty after a clean bake)
     */
    static List<String> checkLinks(Map<String, OutputRecord> site, Map<String, OutputRecord> previous, String basePath,
                                   Map<String, LinkSources> sources) {
        Map<String, LinkChecker.PageLinks> pages = new HashMap<>();
        site.forEach((path, record) -> {
            if (record.links() != null) {
                pages.put(path, new LinkChecker.PageLinks(record.links(), record.ids()));
            }
        });
        boolean targetsKept = !previous.isEmpty() && previous.entrySet().stream().allMatch(entry -> {
            OutputRecord now = site.get(entry.getKey());
            return now != null && Objects.equals(entry.getValue().ids(), now.ids());
        });
        Predicate<String> toCheck = !targetsKept ? page -> true : page -> {
            OutputRecord before = previous.get(page);
            return before == null || before.links() == null || !before.output().equals(site.get(page).output());
        };
        return new LinkChecker(null, basePath, sources).check(site.keySet(), pages, toCheck);
    }

    /** A staging folder that cannot be removed must not hide why the bake failed; the next bake clears it. */
    private static void abandonQuietly(OutputSwap swap) {
        try {
            swap.abandon();
        } catch (UncheckedIOException e) {
            System.err.println("WARNING could not remove " + swap.staging() + ": " + e.getMessage());
        }
    }

    /** The path the site is served from, for root-relative links ({@code site.base_path}, default "/"). */
    static String basePath(JBakeConfiguration config) {
        Object basePath = config.get("site.base_path");
        return basePath == null ? "/" : basePath.toString();
    }

    /**
     * The calendar day the bake publishes as of: the request's, or today in {@code site.timezone} (UTC when
     * unset), so an editorial dated tomorrow in the newsroom's zone is not published by a server in another.
     */
    static LocalDate dayOfBake(BakeRequest request, JBakeConfiguration config) {
        if (request.asOf() != null) {
            return request.asOf();
        }
        Object zone = config.get("site.timezone");
        try {
            return LocalDate.now(zone == null || zone.toString().isBlank() ? ZoneOffset.UTC : ZoneId.of(zone.toString().strip()));
        } catch (DateTimeException e) {
            throw new BakeException("jbake.properties: site.timezone '" + zone + "' is not a time zone: use a name such as"
                    + " Europe/London or UTC", e);
        }
    }

    private static DefaultJBakeConfiguration configure(BakeRequest request, OutputSwap swap) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(request.projectDir().toFile(), swap.staging().toFile(), true);
        config.setContentFolder(request.contentDir().toFile());
        // JBake also takes every JVM system property as a setting, below jbake.properties. Not here: a bake
        // depends on the project's files only, and so is the same in Maven's JVM, in the bake daemon (which
        // has none of Maven's properties) and in the preview, with all of its settings under the cache's key.
        CompositeConfiguration settings = config.getCompositeConfiguration();
        for (int i = settings.getNumberOfConfigurations() - 1; i >= 0; i--) {
            if (settings.getConfiguration(i) instanceof SystemConfiguration system) {
                settings.removeConfiguration(system);
            }
        }
        return config;
    }
}
