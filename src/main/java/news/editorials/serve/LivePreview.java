package news.editorials.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.editorials.bake.BakeException;
import news.editorials.bake.BakeReport;
import news.editorials.bake.BakeRequest;
import news.editorials.bake.SiteBaker;
import news.editorials.cache.BakeCache;

/**
 * The maintainer's loop: bakes the site into a preview folder, serves it ({@link PreviewServer}), and on
 * every change to content, templates, assets or {@code jbake.properties} ({@link SiteWatcher}) bakes it
 * again and makes open pages reload. A failed bake keeps the server up and shows its problems instead.
 *
 * <pre>{@code
 * try (LivePreview preview = LivePreview.start(BakeRequest.of(project, project.resolve("target/preview"))
 *         .withDrafts(true), 8820, new PrintWriter(System.out, true), new PrintWriter(System.err, true))) {
 *     System.out.println(preview.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>Bakes are incremental through a {@link BakeCache} kept in memory: a save re-parses the saved file,
 * re-renders the pages whose template data changed and writes the files whose bytes changed, with the same
 * result as a full bake (a deleted editorial leaves the home page, topics and feed too). After the first bake
 * the preview folder is updated in place (new and changed files renamed in, gone ones deleted) instead of a
 * whole site being staged and swapped: at 10,000 editorials staging alone was tens of thousands of hard links
 * and deletions per save. The server waits while the folder changes ({@link PreviewServer#siteChanges()}),
 * so a page never shows beside an older version of another.
 */
public final class LivePreview implements Closeable {
    /**
     * How long a burst of file events must be quiet before the bake starts. An editor's save (write, rename,
     * attributes) comes within a millisecond or two; longer runs of changes (a checkout) are cut into bakes
     * of at most a second's changes each by the watcher. Every millisecond here is one the maintainer waits.
     */
    static final Duration QUIET_PERIOD = Duration.ofMillis(50);

    private final BakeRequest request;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PreviewServer server;
    /** Kept between bakes, so a save re-parses one file and re-renders only the pages it shows on. */
    private final BakeCache cache = BakeCache.inMemory();
    private SiteWatcher watcher;

    private LivePreview(BakeRequest request, PreviewServer server, PrintWriter out, PrintWriter err) {
        this.request = request;
        this.server = server;
        this.out = out;
        this.err = err;
    }

    /**
     * Bakes once, starts the server and starts watching. The bake's output folder must lie outside the
     * watched folders (else every bake would trigger the next).
     *
     * @param port the port, or 0 for any free one (see {@link #uri()})
     * @param out  where a line per bake goes ("Rebuilt in 312 ms (187 pages)")
     * @param err  where the problems of a failed bake go
     * @throws IOException              when the port is taken or the folders cannot be watched
     * @throws IllegalArgumentException when the output folder is inside a watched folder
     */
    public static LivePreview start(BakeRequest request, int port, PrintWriter out, PrintWriter err)
            throws IOException {
        List<Path> folders = watchedFolders(request);
        for (Path folder : folders) {
            if (request.outputDir().startsWith(folder) || folder.startsWith(request.outputDir())) {
                throw new IllegalArgumentException("The preview folder " + request.outputDir()
                        + " must lie outside the watched folder " + folder + ": choose another output folder");
            }
        }
        PreviewServer server = PreviewServer.start(request.outputDir(), port);
        LivePreview preview = new LivePreview(request, server, out, err);
        try {
            // Watch first, so a save during the first bake is not missed (it gives a second bake).
            preview.watcher = SiteWatcher.start(folders, List.of(request.projectDir().resolve("jbake.properties")),
                    QUIET_PERIOD, () -> preview.bake("Rebuilt"), err);
            preview.bake("Baked");
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** Content, templates and assets: what a bake reads, besides {@code jbake.properties}. */
    static List<Path> watchedFolders(BakeRequest request) {
        return List.of(request.contentDir(), request.projectDir().resolve("templates"),
                request.projectDir().resolve("assets"));
    }

    /** The preview's root URL, e.g. {@code http://127.0.0.1:8820/}. */
    public URI uri() {
        return server.uri();
    }

    /** The server, for its address and connected pages. */
    public PreviewServer server() {
        return server;
    }

    /** Bakes now (the watcher calls this after changes), prints the outcome and makes pages reload. */
    public synchronized void bake(String verb) {
        long start = System.nanoTime();
        try {
            BakeReport report = SiteBaker.bake(request.withInPlaceUpdates(true), null, cache, server.siteChanges());
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.warnings().forEach(warning -> err.println("WARNING " + warning));
            out.printf("%s in %d ms (%d pages)%n", verb, millis, report.pages());
            server.showSite();
        } catch (BakeException e) {
            err.println(e.getMessage());
            server.showProblems(e.problems());
        } catch (RuntimeException e) {
            // Anything else (an unreadable file, a full disk) is shown the same way; the server stays up.
            String problem = "Bake failed: " + e;
            err.println(problem);
            server.showProblems(List.of(problem));
        }
    }

    /** Stops watching and serving. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
