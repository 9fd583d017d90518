package news.editorials.bake;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import news.editorials.markup.EditorialMarkdownEngine;
import org.jbake.app.Asset;
import org.jbake.app.JBakeException;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
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
     * @param progressOut where to print a progress line during long bakes, or {@code null} for none
     */
    public static BakeReport bake(BakeRequest request, PrintStream progressOut) {
        long start = System.nanoTime();
        // FreeMarker picks a logging library by probing the classpath, and finds log4j 1 in some test
        // classpaths; send it to SLF4J like the rest of JBake.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        OutputSwap swap = OutputSwap.prepare(request.outputDir());
        boolean done = false;
        try {
            DefaultJBakeConfiguration config = configure(request, swap);
            EditorialMarkdownEngine engine = new EditorialMarkdownEngine();
            // JBake keeps markup engines in a static registry; registering here (not through the
            // properties file, where the last jar on the classpath would win) makes ours the one used.
            Engines.register("md", engine);

            Progress progress = new Progress(progressOut);
            BakeStore store = new BakeStore(progress);
            ContentCrawler crawler = new ContentCrawler(store, config, engine, request.includeDrafts(), progress);
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(crawler);
            utensils.setRenderer(new Renderer(store, config, new SiteTemplateEngine(store, config)));
            utensils.setAsset(new Asset(config));

            Oven oven = new Oven(utensils);
            oven.bake();
            progress.endPhase("render");
            if (!oven.getErrors().isEmpty()) {
                List<String> problems = new ArrayList<>();
                for (Throwable error : oven.getErrors()) {
                    problems.addAll(List.of(String.valueOf(error.getMessage()).split("\n")));
                }
                throw new BakeException(problems);
            }
            Object basePath = config.get("site.base_path");
            List<String> brokenLinks = new LinkChecker(swap.staging(), basePath == null ? "/" : basePath.toString()).check();
            progress.endPhase("link check");
            if (!brokenLinks.isEmpty()) {
                throw new BakeException(brokenLinks);
            }
            swap.commit();
            progress.endPhase("swap");
            done = true;
            return new BakeReport(request.outputDir(), crawler.documentCount(), progress.renderedCount(),
                    (System.nanoTime() - start) / 1_000_000, crawler.warnings(), progress.phaseMillis());
        } catch (JBakeException e) {
            throw new BakeException(e.getMessage(), e);
        } finally {
            if (!done) {
                swap.abandon();
            }
        }
    }

    private static DefaultJBakeConfiguration configure(BakeRequest request, OutputSwap swap) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(request.projectDir().toFile(), swap.staging().toFile(), true);
        config.setContentFolder(request.contentDir().toFile());
        request.properties().forEach(config::setProperty);
        return config;
    }
}
