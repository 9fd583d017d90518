package news.editorials.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Serves a baked preview folder on the loopback interface only, to GET and HEAD requests that name it as
 * {@code 127.0.0.1}, {@code [::1]} or {@code localhost} ({@link LocalRequestsOnly}), with the
 * {@link ReloadScript} added to HTML responses, an event stream that tells pages to reload, and an error page while the last bake failed.
 *
 * <pre>{@code
 * PreviewServer server = PreviewServer.start(previewDir, 8820);   // 0: any free port
 * // after each bake:
 * server.showSite();              // or server.showProblems(bakeException.problems())
 * }</pre>
 *
 * <p>Files are read from disk on every request, so a bake that swaps the folder is served at once.
 */
public final class PreviewServer implements Closeable {
    private static final String NOT_FOUND_PAGE = "404.html";
    /** Comments on idle streams, so connections of closed pages are noticed and dropped. */
    private static final long HEARTBEAT_SECONDS = 15;

    private final Path root;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final Set<EventClient> clients = ConcurrentHashMap.newKeySet();
    /** Distinguishes this server's builds from those of an earlier run, whose pages must reload too. */
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger builds = new AtomicInteger();
    private volatile String buildId;
    private volatile List<String> problems = List.of();
    /**
     * Read side: held while a request finds and reads its file. Write side: held by a bake while it changes the
     * folder ({@link #siteChanges()}). So no response is read from a half-updated site, and a page and the
     * pages it links to are served from the same bake.
     */
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();

    private PreviewServer(Path root, HttpServer http) {
        this.root = root;
        this.http = http;
        this.buildId = runId + "." + builds.get();
        this.handlers = Executors.newCachedThreadPool(daemon("preview-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("preview-heartbeat"));
    }

    /**
     * Starts serving {@code root} (which need not exist yet) on the loopback address.
     *
     * @param port the port, or 0 for any free one (see {@link #uri()})
     * @throws IOException when the port is taken
     */
    public static PreviewServer start(Path root, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer server = new PreviewServer(root.toAbsolutePath().normalize(), http);
        LocalRequestsOnly localOnly = new LocalRequestsOnly(http.getAddress().getPort());
        http.createContext("/", server::serveFile).getFilters().add(localOnly);
        http.createContext(ReloadScript.EVENTS_PATH, server::openEventStream).getFilters().add(localOnly);
        http.setExecutor(server.handlers);
        http.start();
        server.heartbeat.scheduleAtFixedRate(() -> server.broadcast(": heartbeat\n\n"),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return server;
    }

    /** The address the server listens on (a loopback address). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The site's root URL, e.g. {@code http://127.0.0.1:8820/}. */
    public URI uri() {
        String host = address().getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address().getPort() + "/");
    }

    /** The lock a bake holds while it changes the served folder; requests wait for it. */
    public Lock siteChanges() {
        return siteLock.writeLock();
    }

    /** Serves the freshly baked site and tells open pages to reload. */
    public void showSite() {
        problems = List.of();
        reload();
    }

    /** Serves an error page listing {@code problems} for HTML requests and tells open pages to reload. */
    public void showProblems(List<String> problems) {
        this.problems = List.copyOf(problems);
        reload();
    }

    /** Pages connected to the event stream now. */
    public int clientCount() {
        return clients.size();
    }

    private void reload() {
        buildId = runId + "." + builds.incrementAndGet();
        broadcast(reloadEvent());
    }

    private String reloadEvent() {
        return "event: reload\ndata: " + buildId + "\n\n";
    }

    private void broadcast(String event) {
        for (EventClient client : clients) {
            if (!client.send(event)) {
                clients.remove(client);
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (EventClient client : clients) {
            client.close();
        }
        clients.clear();
        http.stop(0);
        handlers.shutdownNow();
    }

    private void openEventStream(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(ReloadScript.EVENTS_PATH)) {
            sendText(exchange, 404, "Not found\n");
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        EventClient client = new EventClient(exchange);
        // Added before the check, so a reload from here on reaches it (twice at worst, which is harmless).
        // If the page's build is not the current one, a bake finished between its load and this request.
        clients.add(client);
        String pageBuild = queryValue(exchange.getRequestURI().getRawQuery(), "build");
        String event = "retry: 1000\n\n" + (buildId.equals(pageBuild) ? "" : reloadEvent());
        if (!client.send(event)) {
            clients.remove(client);
        }
        // The exchange stays open: events are written to it by reload() until the page goes away.
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(ReloadScript.SCRIPT_PATH)) {
                send(exchange, 200, ContentTypes.of("reload.js"), ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            List<String> failed = problems;
            if (!failed.isEmpty() && wantsHtml(path)) {
                send(exchange, 500, ContentTypes.HTML,
                        ErrorPage.html(failed, ReloadScript.tag(buildId)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Lock reading = siteLock.readLock();
            reading.lock();
            try {
                serveSiteFile(exchange, path);
            } finally {
                reading.unlock();
            }
        }
    }

    private void serveSiteFile(HttpExchange exchange, String path) throws IOException {
        Path file = resolve(path);
        if (file != null && Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Pages link relative to their folder, so "topics" must become "topics/" in the browser.
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location",
                        exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                send(exchange, 301, null, new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (file != null && Files.isRegularFile(file)) {
            sendFile(exchange, 200, file);
        } else if (Files.isRegularFile(root.resolve(NOT_FOUND_PAGE))) {
            sendFile(exchange, 404, root.resolve(NOT_FOUND_PAGE));
        } else {
            sendText(exchange, 404, "Not found\n");
        }
    }

    /** The file for a request path, or {@code null} when it would lie outside the preview folder. */
    private Path resolve(String path) {
        try {
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean wantsHtml(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() || !last.contains(".") || ContentTypes.isHtml(ContentTypes.of(last));
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Swapped away by a bake in the meantime: the page reloads when that bake is done.
            sendText(exchange, 503, "The preview is being rebuilt; reload in a moment.\n");
            return;
        }
        if (ContentTypes.isHtml(type)) {
            String html = ReloadScript.inject(new String(bytes, StandardCharsets.UTF_8), ReloadScript.tag(buildId));
            bytes = html.getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, bytes);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (type != null) {
            headers.set("Content-Type", type);
        }
        // The preview changes on every save: never let the browser show an older copy.
        headers.set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            if (head) {
                headers.set("Content-Length", String.valueOf(body.length));
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One open event stream. */
    private static final class EventClient {
        private final HttpExchange exchange;

        EventClient(HttpExchange exchange) {
            this.exchange = exchange;
        }

        /** Writes {@code event}; false (and the stream closed) when the page has gone away. */
        synchronized boolean send(String event) {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }
}
