package news.editorials.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import news.editorials.serve.ContentTypes;
import java.util.concurrent.Executors;

/**
 * Serves a baked site over http on 127.0.0.1 and an ephemeral port, as a static host would: files by path,
 * {@code dir/} as {@code dir/index.html}, {@code dir} redirected to {@code dir/}, 404.html for anything missing.
 * A browser needs http rather than file:// for localStorage, module scripts and root-relative links.
 * Java 17 has no SimpleFileServer, hence this small handler. The live preview's {@code PreviewServer} is not
 * used: it adds its reload script to every page, and these tests must see pages exactly as baked.
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.start(TestSites.fixtureSite())) {
 *     driver.get(server.url("editorials/2025/newest/"));
 * }
 * }</pre>
 */
final class SiteServer implements AutoCloseable {
    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor;

    private SiteServer(Path root, String basePath, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.basePath = basePath;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code siteRoot} (a baked site's output folder) at the server's root. */
    static SiteServer start(Path siteRoot) {
        return start(siteRoot, "/");
    }

    /**
     * Starts serving {@code siteRoot} under {@code basePath} (e.g. {@code "/opinion/"}), as a host serving the
     * site from a sub-path would: requests outside it get a bare 404, not the site's 404 page.
     */
    static SiteServer start(Path siteRoot, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("A base path starts and ends with '/': " + basePath);
        }
        Path root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Not a baked site folder: " + root);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "site-server");
                thread.setDaemon(true);
                return thread;
            });
            SiteServer site = new SiteServer(root, basePath, server, executor);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Absolute URL of a site-root-relative path, e.g. {@code url("topics/")}; {@code url("")} is the home page. */
    String url(String path) {
        return origin() + basePath + path;
    }

    /** The origin, for checks that two pages share localStorage. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath(); // decoded
            if (!path.startsWith(basePath) && !(path + "/").equals(basePath)) {
                send(exchange, 404, ContentTypes.of("x.txt"), "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.substring(Math.min(path.length(), basePath.length()))).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 404, ContentTypes.of("x.txt"), "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, ContentTypes.of("x.txt"), new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(exchange, 200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound)
                        ? Files.readAllBytes(notFound) : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, Files.isRegularFile(notFound) ? ContentTypes.of("x.html") : ContentTypes.of("x.txt"), body);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Each test sees the files as baked now, never a cached copy from an earlier page load.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
